// After vitest's own summary: how many tests ran on each engine (project),
// then the total, as "name: N passed, N failed, N skipped" lines.
import type { Reporter, TestModule } from 'vitest/node';

type Counts = { passed: number; failed: number; skipped: number };

const line = (name: string, c: Counts) => `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;

export default class EngineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const byEngine = new Map<string, Counts>();
    const total: Counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      const counts = byEngine.get(module.project.name) ?? { passed: 0, failed: 0, skipped: 0 };
      byEngine.set(module.project.name, counts);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        const key = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
        counts[key] += 1;
        total[key] += 1;
      }
    }
    console.log('\nTests per engine');
    for (const [name, counts] of [...byEngine].sort()) console.log(line(name, counts));
    console.log(line('total', total));
  }
}
