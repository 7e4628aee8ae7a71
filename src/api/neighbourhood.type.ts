/**
 * Neighbourhood: the nodes around one node and the relationships among them, for drawing.
 */
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.type.js';
import { Relationship } from './path.type.js';

/** The kinds of node a neighbourhood may be limited to (the graph's labels). */
export enum NodeType {
  DOCUMENT = 'Document',
  TASK = 'Task',
  AGENCY = 'Agency',
  DOMAIN = 'Domain',
  TARGET = 'Target',
  PROVINCE = 'Province',
}
registerEnumType(NodeType, { name: 'NodeType', description: 'A kind of node (its label in the graph).' });

@ObjectType({
  simpleResolvers: true,
  description: 'A relationship between two nodes, by their ids, pointing from source to target.',
})
export class GraphEdge {
  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => Relationship)
  type!: Relationship;
}

@ObjectType({ simpleResolvers: true, description: 'The nodes around a node and every relationship among them.' })
export class Neighbourhood {
  @Field(() => Node, { description: 'The node asked about.' })
  focus!: Node;

  @Field(() => [Node], {
    description: 'The focus first, then the nearer nodes, then the farther, each by type and id.',
  })
  nodes!: Node[];

  @Field(() => [GraphEdge], { description: 'Every relationship between two of the nodes.' })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'Whether nodes were left out to keep to `first`.' })
  truncated!: boolean;
}
