import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Row, StreamTx } from '../../src/graph/driver.js';
import { csvField, writeCsv } from '../../src/export/csv.js';
import { joined } from '../../src/export/export.js';
import { graphmlId } from '../../src/export/graphml.js';
import { exportHeader } from '../../src/export/header.js';
import { xmlComment, xmlText } from '../../src/export/xml.js';

const HEADER = exportHeader(
  { documentIds: ['doc/b', 'doc/a'], ingested: 1, tasks: 2 },
  { title: 'CSV table tasks', filters: 'none', provenance: 'test.' },
);

/** A transaction whose queries yield `total` made-up task rows, counting how many were pulled. */
function fakeTx(total: number): StreamTx & { pulled: number } {
  const tx = {
    pulled: 0,
    async *rows(): AsyncGenerator<Row> {
      for (let i = 0; i < total; i += 1) {
        tx.pulled += 1;
        yield { properties: { id: `task/x/${i}`, title: 'Nhiệm vụ, "một"', ordinal: i }, parent: null, domains: [] };
      }
    },
    read: async (): Promise<Row[]> => [],
  };
  return tx;
}

describe('the export writers', () => {
  it('encode graph ids as XML name tokens, reversibly', () => {
    expect(graphmlId('doc/vn/tw/nq/2023/36')).toBe('doc:vn:tw:nq:2023:36');
    expect(graphmlId('task/bac-giang/khcn/kh/2024/x-ee821d2e/1.2~2')).toBe(
      'task:bac-giang:khcn:kh:2024:x-ee821d2e:1.2_7E_2',
    );
    expect(graphmlId('target/hung-yen/ubnd/kh/2023/x-e9a2bf0b#target-1')).toMatch(/^[A-Za-z0-9.:_-]+$/);
    expect(graphmlId('a_b:c')).toBe('a_5F_b_3A_c');
    expect(graphmlId('a/b')).not.toBe(graphmlId('a:b'));
  });

  it('quote CSV fields as RFC 4180 does, and join lists with |', () => {
    expect(csvField('Sở Y tế')).toBe('Sở Y tế');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(['AGRICULTURE', 'HEALTH'])).toBe('AGRICULTURE|HEALTH');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
  });

  it('write XML text without the characters XML cannot hold, and comments without "--"', () => {
    expect(xmlText('a & <b> "c" \u0001d\u000be')).toBe('a &amp; &lt;b&gt; &quot;c&quot; de');
    expect(xmlComment('filters: -- none -')).not.toMatch(/--|-$/);
  });

  it('state the corpus version as a hash of the sorted document ids, whatever their order', () => {
    const again = exportHeader(
      { documentIds: ['doc/a', 'doc/b'], ingested: 1, tasks: 2 },
      { title: 'CSV table tasks', filters: 'none', provenance: 'test.' },
    );
    expect(again.version).toBe(HEADER.version);
    expect(HEADER.version).toMatch(/^sha256:[0-9a-f]{12}$/);
    expect(HEADER.text).toBe(
      `Policy graph, CSV table tasks. Corpus version ${HEADER.version}: 2 documents (1 ingested), 2 tasks. Filters: none. ` +
        `Cite as: Policy graph of Vietnamese policy documents, corpus version ${HEADER.version}, CSV table tasks. Provenance: test.`,
    );
  });

  it('pull records only as fast as the output is taken: a stalled reader stops the stream', async () => {
    const tx = fakeTx(1_000_000);
    const scope = { documents: null, context: null, domain: null, dated: false };
    let received = 0;
    // A reader that takes 4 chunks, then stops taking any (a client that stopped reading).
    const stalled = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        received += 1;
        if (received < 4) done();
      },
    });
    const writing = pipeline(Readable.from(joined(writeCsv('tasks', HEADER, tx, scope), 64 * 1024)), stalled);
    writing.catch(() => {});
    await sleep(300);
    const pulled = tx.pulled;
    await sleep(300);
    expect(tx.pulled).toBe(pulled); // nothing more is read while the reader stalls
    // About 800 rows a chunk: what the pipeline buffers (16 chunks and the ones taken) is bounded.
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(30_000);
    stalled.destroy();
  });

  it('write every record when the reader keeps up', async () => {
    const tx = fakeTx(5_000);
    const scope = { documents: null, context: null, domain: null, dated: false };
    let text = '';
    await pipeline(
      Readable.from(joined(writeCsv('tasks', HEADER, tx, scope), 64 * 1024)),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          text += chunk.toString();
          done();
        },
      }),
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(`# ${HEADER.text}`);
    expect(lines[1]!.startsWith('id,documentId,code,parent,title,text')).toBe(true);
    expect(lines[2]).toBe('task/x/0,,,,"Nhiệm vụ, ""một""",,,,,,,,,0,,,');
    expect(lines.length).toBe(5_000 + 3); // header, columns, rows, and the empty string after the last CRLF
  });
});
