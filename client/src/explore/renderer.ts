// How Cytoscape draws a graph of thousands of actors. Its WebGL renderer
// (experimental since Cytoscape 3.31) draws many elements per GPU call, which
// pays on a real GPU; on a software one (SwiftShader, llvmpipe: headless
// Chromium, machines without a GPU driver) it was ten to thirty times slower
// than the canvas per frame (bench/client-render.ts, docs/explorer.md). So WebGL only on
// a hardware GPU; otherwise the canvas renderer, which keeps pans and zooms
// smooth by moving a snapshot of the graph while the gesture lasts and
// drawing the links again when it ends.
import type cytoscape from 'cytoscape';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

let hardwareWebgl: boolean | undefined;

/** Whether WebGL 2 runs on a hardware GPU (asked once: each probe costs a context). */
export function hasHardwareWebgl(): boolean {
  if (hardwareWebgl === undefined) {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : '';
    hardwareWebgl = !!gl && !SOFTWARE.test(renderer);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return hardwareWebgl;
}

export function rendererOptions(large: boolean): Partial<cytoscape.CytoscapeOptions> {
  if (!large) return {};
  if (hasHardwareWebgl()) return { webgl: true };
  return { hideEdgesOnViewport: true, textureOnViewport: true };
}
