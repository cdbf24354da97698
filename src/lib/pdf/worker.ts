/**
 * A worker process of the parallel renderer (parallel.ts): its first message sets up what its
 * renderers share (settings, taxonomy, its own Typst compiler and fonts); it then typesets the
 * jobs it is sent, one at a time, each from the entries the job carries, and answers each.
 */
import { createRenderContext, rendererOver, type RenderContext } from './render.ts';
import type { Answer, Job, Reply, Setup } from './parallel.ts';

let context: Promise<RenderContext> | undefined;

const answer = (answer: Answer) => process.send!({ ...answer, rssBytes: process.memoryUsage.rss() } satisfies Reply);

process.on('message', async (message: Setup | Job) => {
  if ('options' in message) {
    context = createRenderContext(message.options);
    return;
  }
  try {
    const current = rendererOver(await context!, message.entries);
    const result =
      message.kind === 'innovation'
        ? current.fitted(message.id)
        : {
            pdf:
              message.kind === 'programme'
                ? current.programmeFrom(message.id, message.sheets)
                : current.programmeIndex(message.id),
          };
    // The pages' reference lists are formatted here too, on both cores, before the pages ask for them.
    if (message.kind === 'innovation') current.pageReferences(message.id);
    answer({ job: message.job, result });
  } catch (error) {
    const { name, message: text } = error instanceof Error ? error : new Error(String(error));
    answer({ job: message.job, error: { name, message: text } });
  }
});
// Without its parent, a worker has nothing left to do.
process.on('disconnect', () => process.exit());
