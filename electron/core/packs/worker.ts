// The pack worker: reads and validates uploaded packs off the main thread (packs/offThread.ts).
import { parentPort } from 'node:worker_threads';
import { readUpload, type UploadedFile } from './upload.ts';

parentPort!.on('message', (files: UploadedFile[]) => {
  parentPort!.postMessage(readUpload(files));
});
