// The explorer on large graphs, in headless Chromium: for synthetic data sets
// drawing about 1k, 5k and 20k actors (about 4.5 links each) served by the
// real server, the time to the first render of the Explore view with every
// actor drawn (?groups=all: above 1,500 actors it opens on its overview
// otherwise, which bench/client-overview.ts measures) and the frame times of
// panning and zooming it with the mouse.
//
// First render: from navigation start (performance.timeOrigin) to the second
// animation frame after the layout of the whole graph stopped. By then the
// graph query has been answered, the elements added and laid out, and the
// frame showing them presented with the main thread free for input.
//
// Pan and zoom: a mouse drag from an empty spot of the graph, then wheel
// turns over its centre, each one input event per step, as a user's gesture;
// frame time is the interval between animation frames while it lasts (the
// renderer draws in animation frames, so a slow draw makes a long interval).
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../test/support/browser.ts';
import { startSyntheticServer } from '../test/support/synthetic-server.ts';

export interface FrameFigures {
  frames: number;
  meanMs: number;
  p95Ms: number;
  /** The longest frame: the canvas renderer's snapshot at a gesture's start, or its full redraw. */
  maxMs: number;
  fps: number;
}

export interface ClientRenderSize {
  asked: number;
  cities: number;
  nodes: number;
  edges: number;
  /** Which Cytoscape renderer drew the graph. */
  renderer: 'webgl' | 'canvas';
  firstRenderMs: number;
  /** Of which the layout (layoutstart → layoutstop). */
  layoutMs: number;
  /**
   * Until the final layout is drawn: on a large graph the first render shows
   * the actors packed by cluster, and ForceAtlas2 runs in a worker meanwhile
   * (client/src/explore/large-layout.ts); equal to firstRenderMs otherwise.
   */
  settledMs: number;
  pan: FrameFigures;
  zoom: FrameFigures;
}

export interface ClientRenderFigures {
  browser: string;
  /** The WebGL implementation the page gets (SwiftShader, in software, with --disable-gpu), or null. */
  webgl: string | null;
  sizes: ClientRenderSize[];
}

export interface Marks {
  layoutStart: number;
  layoutStop: number;
  drawn: number;
  nodes: number;
}

declare global {
  interface Window {
    __bench?: { marks: Marks[]; stamps: number[]; recording: boolean };
  }
}

export const round = (n: number) => Math.round(n * 10) / 10;

/** Before any script of the page: hooks the layouts of the graph as soon as the client exposes it (client/src/explore/page-hook.ts). */
export function hookLayouts(): void {
  const bench: NonNullable<Window['__bench']> = { marks: [], stamps: [], recording: false };
  window.__bench = bench;
  let exposed: Window['__c2c'];
  Object.defineProperty(window, '__c2c', {
    configurable: true,
    get: () => exposed,
    set(value: Window['__c2c']) {
      exposed = value;
      if (!value) return;
      let start = 0;
      value.cy.on('layoutstart', () => (start = performance.now()));
      value.cy.on('layoutstop', () => {
        const mark = { layoutStart: start, layoutStop: performance.now(), drawn: 0, nodes: value.cy.nodes().length };
        requestAnimationFrame(() => requestAnimationFrame(() => (mark.drawn = performance.now())));
        bench.marks.push(mark);
      });
    },
  });
}

function frameFigures(stamps: number[]): FrameFigures {
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const mean = intervals.reduce((a, b) => a + b, 0) / Math.max(1, intervals.length);
  return {
    frames: intervals.length,
    meanMs: round(mean),
    p95Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0),
    maxMs: round(sorted.at(-1) ?? 0),
    fps: round(1000 / mean),
  };
}

/** Frame intervals while `gesture` runs. */
export async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<FrameFigures> {
  await page.evaluate(() => {
    const bench = window.__bench!;
    bench.stamps = [];
    bench.recording = true;
    const frame = (t: number) => {
      bench.stamps.push(t);
      if (bench.recording) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await gesture();
  const stamps = await page.evaluate(() => {
    window.__bench!.recording = false;
    return window.__bench!.stamps;
  });
  return frameFigures(stamps);
}

/** A point of the graph, in page coordinates, on no node: a drag from there pans (from a node it would move the node). */
export async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(() => {
    const cy = window.__c2c!.cy;
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({}));
    const origin = cy.container()!.getBoundingClientRect();
    for (let fy = 0.3; fy <= 0.7; fy += 0.05)
      for (let fx = 0.3; fx <= 0.7; fx += 0.05) {
        const x = cy.width() * fx;
        const y = cy.height() * fy;
        if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4)) return { x: origin.left + x, y: origin.top + y };
      }
    return null;
  });
  if (!spot) throw new Error('no empty spot to drag the graph from');
  return spot;
}

/** Frame times of a drag from an empty spot, then of wheel turns over it, `steps` input events each. */
export async function panAndZoom(page: Page, steps: number): Promise<{ pan: FrameFigures; zoom: FrameFigures }> {
  const start = await emptySpot(page);
  await page.mouse.move(start.x, start.y);
  const pan = await recordFrames(page, async () => {
    await page.mouse.down();
    // Back and forth, so that the graph stays in view.
    for (let i = 1; i <= steps; i++) await page.mouse.move(start.x + 6 * (i % 40 < 20 ? i % 20 : 20 - (i % 20)), start.y + 3 * (i % 20));
    await page.mouse.up();
  });
  const zoom = await recordFrames(page, async () => {
    for (let i = 0; i < steps; i++) await page.mouse.wheel(0, i % 20 < 10 ? -60 : 60);
  });
  return { pan, zoom };
}

async function measure(page: Page, url: string, steps: number): Promise<Omit<ClientRenderSize, 'asked' | 'cities' | 'edges'>> {
  await page.goto(url);
  // The render is done when a layout has placed every actor of the graph and two frames have passed.
  const expected = Number(await page.locator('[data-testid="cooperation-graph"]').getAttribute('data-nodes', { timeout: 300_000 }));
  const marks = await page.waitForFunction((n) => window.__bench!.marks.find((m) => m.nodes === n && m.drawn > 0) ?? null, expected, { timeout: 300_000, polling: 100 });
  const mark = (await marks.jsonValue()) as Marks;
  await page.waitForSelector('[data-testid="cooperation-graph"][data-arranging="false"]', { timeout: 300_000 });
  const last = await page.waitForFunction(() => window.__bench!.marks.at(-1)!.drawn || null, null, { polling: 'raf' });
  const settledMs = round((await last.jsonValue()) as number);
  const renderer = await page.evaluate(() => (window.__c2c!.cy.container()!.querySelector('canvas[data-id$="webgl"]') ? 'webgl' : 'canvas'));

  const { pan, zoom } = await panAndZoom(page, steps);
  return { nodes: expected, renderer, firstRenderMs: round(mark.drawn), layoutMs: round(mark.layoutStop - mark.layoutStart), settledMs, pan, zoom };
}

export async function clientRender(options: { sizes: number[]; steps: number }): Promise<ClientRenderFigures> {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  const browser = await launchBrowser();
  try {
    const probe = await browser.newPage();
    const webgl = await probe.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl ? (info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'WebGL 2') : null;
    });
    await probe.close();
    const sizes: ClientRenderSize[] = [];
    for (const asked of options.sizes) {
      const synthetic = await startSyntheticServer(asked);
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(); the page has none.
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        await page.addInitScript(hookLayouts);
        const figures = await measure(page, `${synthetic.server.url}/?groups=all`, options.steps);
        await page.close();
        sizes.push({ asked, cities: synthetic.cities, edges: synthetic.edges, ...figures });
      } finally {
        await synthetic.server.close();
      }
    }
    return { browser: `Chromium ${browser.version()}`, webgl, sizes };
  } finally {
    await browser.close();
  }
}

export function printClientRender(f: ClientRenderFigures): string[] {
  const frames = (x: FrameFigures) => `${String(x.meanMs).padStart(6)} ms mean, ${String(x.p95Ms).padStart(6)} ms p95, ${String(x.maxMs).padStart(7)} ms max (${x.fps} fps)`;
  return [
    `Explorer render, headless ${f.browser}, WebGL: ${f.webgl ?? 'none'}`,
    ...f.sizes.flatMap((s) => [
      `  ${s.nodes} actors, ${s.edges} links (${s.cities} synthetic cities), ${s.renderer} renderer`,
      `    first render  ${String(s.firstRenderMs).padStart(8)} ms (layout ${s.layoutMs} ms), settled at ${s.settledMs} ms`,
      `    pan           ${frames(s.pan)}`,
      `    zoom          ${frames(s.zoom)}`,
    ]),
  ];
}
