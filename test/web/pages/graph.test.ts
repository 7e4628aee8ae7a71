/**
 * The graph view as a user sees it, in Chromium on the seed graph: the neighbourhood of Tây
 * Ninh's task 4.1 drawn by Cytoscape (under the page's strict policy) and listed as links; the
 * type filters and the distance change what is shown; choosing a node on the drawing opens its
 * page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, WAIT_MS, type Explorer } from '../../helpers/browser.js';

const TAY_NINH_4_1 = 'task/tay-ninh/khcn/kh/2024/x-8ec80726/4.1';
const DEFAULT_TYPES = ['DOCUMENT', 'TASK', 'AGENCY', 'DOMAIN', 'TARGET'];

describe('the explorer: graph view', { timeout: 3 * WAIT_MS }, () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await openExplorer();
  });
  afterAll(async () => {
    await explorer?.close();
  });

  async function neighbourhood(hops: number, types: string[]) {
    const { data } = await explorer.api.gql(
      `query($id: ID!, $hops: Int, $types: [NodeType!]) { neighbourhood(id: $id, hops: $hops, types: $types, first: 100) {
        nodes { __typename id } edges { type } } }`,
      { id: TAY_NINH_4_1, hops, types },
    );
    return data.neighbourhood as { nodes: { __typename: string; id: string }[]; edges: unknown[] };
  }

  const listed = () =>
    explorer.page
      .locator('section[aria-labelledby="graph-list"] li > a:first-child')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  it("draws a task's neighbourhood and lists its nodes as links", async () => {
    await explorer.open(`/graph?focus=${encodeURIComponent(TAY_NINH_4_1)}`);
    const { page } = explorer;
    const around = await neighbourhood(1, DEFAULT_TYPES);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Đồ thị quan hệ: 4\.1 Xây dựng/);
    expect(await page.locator('main').innerText()).toContain(
      `${around.nodes.length} nút, ${around.edges.length} quan hệ`,
    );
    await page.locator('.graph-canvas canvas').first().waitFor();
    const hrefs = await listed();
    expect(hrefs).toContain('/doc/tay-ninh/khcn/kh/2024/x-8ec80726');
    expect(hrefs).toContain(`/${TAY_NINH_4_1}`);
    const lead = page.locator('section[aria-labelledby="graph-list"]').getByRole('link', {
      name: /^Trung tâm Khoa học và Công nghệ/,
    });
    expect(await lead.count()).toBe(1);
  });

  it('leaves out a type unticked, and reaches further at two hops', async () => {
    const { page } = explorer;
    // From the keyboard: the box keeps the focus while the graph is drawn again.
    await page.getByRole('checkbox', { name: 'Cơ quan' }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/types=DOCUMENT%2CTASK%2CDOMAIN%2CTARGET/);
    await explorer.ready();
    expect(await page.evaluate('document.activeElement.value')).toBe('AGENCY');
    await expect
      .poll(async () => (await listed()).some((href) => href?.startsWith('/agency/')), { timeout: WAIT_MS })
      .toBe(false);
    await page.getByRole('radio', { name: '2 bước' }).check();
    await page.waitForURL(/hops=2/);
    const far = await neighbourhood(2, ['DOCUMENT', 'TASK', 'DOMAIN', 'TARGET']);
    await expect.poll(async () => (await listed()).length, { timeout: WAIT_MS }).toBe(far.nodes.length);
    expect(far.nodes.map((node) => node.id)).toContain('doc/tay-ninh/ubnd/kh/2023/3300');
  });

  it('opens the page of a node chosen on the drawing', async () => {
    await explorer.open(`/graph?focus=${encodeURIComponent(TAY_NINH_4_1)}`);
    const { page } = explorer;
    const target = 'doc/tay-ninh/khcn/kh/2024/x-8ec80726';
    const canvas = page.locator('.graph-canvas');
    await canvas.locator('canvas').first().waitFor();
    const at = (await page.evaluate(
      `document.querySelector('.graph-canvas').cytoscape.getElementById(${JSON.stringify(target)}).renderedPosition()`,
    )) as { x: number; y: number };
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForURL((url) => url.pathname === `/${target}`);
    await explorer.ready();
    expect(await page.locator('.kicker').innerText()).toMatch(/^KẾ HOẠCH/);
  });

  it('offers the documents read in full as places to start', async () => {
    await explorer.open('/graph');
    const { data } = await explorer.api.gql('{ documents(filter: { inCorpus: true }) { edges { node { id } } } }');
    const links = await explorer.page
      .locator('main ul.doc-list a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      data.documents.edges.map((e: { node: { id: string } }) => `/graph?focus=${encodeURIComponent(e.node.id)}`),
    );
  });

  it('asks nothing of any other origin and keeps to its policy, Cytoscape included', async () => {
    expect(explorer.outside()).toEqual([]);
    expect(await explorer.cspViolations()).toEqual([]);
    expect(explorer.consoleErrors).toEqual([]);
  });
});
