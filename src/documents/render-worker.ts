/**
 * A render worker: compiles the template registry once, then renders documents
 * on request. Bulk mailings spread letters over one worker per core, since a
 * letter's cost (Markdown parsing, DOCX packing, PDF layout) is CPU work.
 */
import { parentPort, workerData } from "node:worker_threads";
import { renderDocument, type DocumentFormat } from "./documents.service.js";
import { createTemplateRegistry } from "./templates/registry.js";

const registry = createTemplateRegistry(workerData?.templatesDir);

parentPort!.on("message", async (job: { id: number; template: string; data: unknown; format: DocumentFormat }) => {
  try {
    const { bytes } = await renderDocument(registry, job.template, job.data, job.format);
    const copy = new Uint8Array(bytes); // own buffer, so it can be transferred
    parentPort!.postMessage({ id: job.id, bytes: copy }, [copy.buffer]);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message });
  }
});
