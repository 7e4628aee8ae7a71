import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadCypher } from '../../src/graph/cypher.js';

describe('the Cypher of cypher/ as the driver sends it', () => {
  it('replaces every include with its fragment and sends no comment line', () => {
    const query = loadCypher('api/list-tasks-of-agencies');
    expect(query).not.toMatch(/^\s*\/\//m);
    // The agency anchor, the filter and the page tail all come from their fragments.
    expect(query).toContain('MATCH (:Agency {id: agencyId})<-[x:LED_BY|COORDINATED_BY]-(t:Task)');
    expect(query).toContain("AND all(w IN r.words WHERE (' ' + t.searchText + ' ') CONTAINS (' ' + w + ' '))");
    expect(query).toContain('RETURN collect({');
    const file = fs.readFileSync('cypher/api/list-tasks-of-agencies.cypher', 'utf8');
    expect(file).toMatch(/^\/\/ Params: \$requests/m);
  });

  it('takes a text that is no file name as Cypher, as it is', () => {
    expect(loadCypher("RETURN 'http://example.org' AS url")).toBe("RETURN 'http://example.org' AS url");
  });

  it('names the file it cannot find', () => {
    expect(() => loadCypher('api/no-such-query')).toThrow(/No Cypher file for query "api\/no-such-query"/);
  });
});
