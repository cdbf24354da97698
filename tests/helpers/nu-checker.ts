import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The Nu HTML Checker (vnu.jar from the vnu-jar package), run by the system's Java. */
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * The checker's errors for the given files or folders (or for `html` given on stdin), one line
 * each: file:line: message. Java is Debian's default-jre-headless (`npm run setup:validator`).
 */
export function nuErrors(targets: string[], html?: string): Promise<string[]> {
  const args = ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', ...(html === undefined ? targets : ['-'])];
  return new Promise((resolve, reject) => {
    const child = execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      // The checker exits 1 when it finds errors and writes its JSON report to stderr either way.
      try {
        const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
        resolve(
          messages
            .filter((m) => m.type === 'error' || m.subType === 'fatal')
            .map((m) => `${m.url ?? 'stdin'}:${m.lastLine ?? '?'}: ${m.message}`),
        );
      } catch {
        reject(
          new Error(
            `The Nu HTML Checker did not run (is Java installed? npm run setup:validator): ${error?.message ?? ''}\n${stderr}`,
          ),
        );
      }
    });
    if (html !== undefined) child.stdin!.end(html);
  });
}
