import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadCypher, selected } from '../../src/graph/cypher.js';

describe('the Cypher of cypher/ as the driver sends it', () => {
  it('replaces every include with its fragment and sends no comment line', () => {
    const query = loadCypher('api/list-tasks-of-agencies');
    expect(query).not.toMatch(/^\s*\/\//m);
    // The agency anchor, the filter and the page tail all come from their fragments.
    expect(query).toContain('MATCH (:Agency {id: agencyId})<-[:LED_BY]-(t:Task)');
    expect(query).toContain("AND all(w IN r.words WHERE (' ' + t.searchText + ' ') CONTAINS (' ' + w + ' '))");
    expect(query).toContain('RETURN collect({');
    const file = fs.readFileSync('cypher/api/list-tasks-of-agencies.cypher', 'utf8');
    expect(file).toMatch(/^\/\/ Params: \$requests/m);
  });

  it('leaves out the blocks a batch does not need, and keeps every one without flags', () => {
    const general = loadCypher('api/list-tasks-of-agencies');
    const led = loadCypher('api/list-tasks-of-agencies', ['agency', 'led']);
    // Without flags: both sides of an assignment, the province and year checks, the count.
    for (const part of ['<-[:LED_BY]-(t:Task)', '<-[:COORDINATED_BY]-(t:Task)', 'MERGED_INTO', 'r.year', 'count(t)'])
      expect(general).toContain(part);
    // An agency's led tasks, no other filter, no count: none of that but the led side.
    expect(led).toContain('<-[:LED_BY]-(t:Task)');
    for (const part of ['COORDINATED_BY', 'Province', 'r.year', 'count(t)', '@if', '@end'])
      expect(led).not.toContain(part);
    expect(loadCypher('api/list-tasks-of-agencies', ['led', 'agency'])).toBe(led);
  });

  it('reads `|` as any flag, `&` as all, and `@else` only when its block is left out', () => {
    const text = ['A', '// @if x|y', 'B', '// @else', 'C', '// @end', '  // @if x&y', 'D', '  // @end', 'E'].join('\n');
    expect(selected(text, 'q', null).split('\n')).toEqual(['A', 'B', 'D', 'E']);
    expect(selected(text, 'q', new Set(['y'])).split('\n')).toEqual(['A', 'B', 'E']);
    expect(selected(text, 'q', new Set(['x', 'y'])).split('\n')).toEqual(['A', 'B', 'D', 'E']);
    expect(selected(text, 'q', new Set()).split('\n')).toEqual(['A', 'C', 'E']);
  });

  it('names the query and line of a block left open or closed twice', () => {
    expect(() => selected('A\n// @if x\nB', 'api/q', null)).toThrow(
      /"\/\/ @if" with no "\/\/ @end" in the Cypher of "api\/q" \(line 2\)/,
    );
    expect(() => selected('A\n// @end', 'api/q', null)).toThrow(
      /"\/\/ @end" with no "\/\/ @if" before it in the Cypher of "api\/q" \(line 2/,
    );
    expect(() => selected('// @if x|y&z\n// @end', 'api/q', null)).toThrow(/mixes "\|" and "&"/);
  });

  it('takes a text that is no file name as Cypher, as it is', () => {
    expect(loadCypher("RETURN 'http://example.org' AS url")).toBe("RETURN 'http://example.org' AS url");
  });

  it('names the file it cannot find', () => {
    expect(() => loadCypher('api/no-such-query')).toThrow(/No Cypher file for query "api\/no-such-query"/);
  });
});
