// Shows an import's progress (validating, then writing), or an export's: a
// bar (cli-progress) on a terminal; elsewhere (a log, CI) a plain line every
// few seconds at most, so that a small import prints none and a large one a handful.
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../server/ingest/import/import-data-set.ts';

type Phase = ImportProgress['phase'] | 'exporting';
type Progress = Omit<ImportProgress, 'phase'> & { phase: Phase };

export interface ProgressDisplay {
  update(progress: Progress): void;
  stop(): void;
}

const PHASES: Record<Phase, string> = { validating: 'Validating', writing: 'Writing   ', exporting: 'Exporting ' };

function barDisplay(stream: NodeJS.WriteStream): ProgressDisplay {
  const bar = new cliProgress.SingleBar(
    { stream, format: '{phase} [{bar}] {percentage}% | {value}/{total}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let phase: Phase | null = null;
  return {
    update(progress) {
      if (progress.phase === phase) return bar.update(progress.done);
      if (phase) bar.stop();
      phase = progress.phase;
      bar.start(progress.total, progress.done, { phase: PHASES[phase] });
    },
    stop: () => {
      if (phase) bar.stop();
    },
  };
}

function lineDisplay(stream: NodeJS.WriteStream, everyMs: number): ProgressDisplay {
  let last = Date.now();
  return {
    update({ phase, done, total }) {
      if (Date.now() - last < everyMs) return;
      last = Date.now();
      stream.write(`${PHASES[phase].trim()}: ${done} of ${total}\n`);
    },
    stop: () => {},
  };
}

export function progressDisplay(stream: NodeJS.WriteStream = process.stdout, everyMs = 5_000): ProgressDisplay {
  return stream.isTTY ? barDisplay(stream) : lineDisplay(stream, everyMs);
}
