// A worker thread of the `languages` integration: writes its share of the pages in every language.
import { parentPort, workerData } from 'node:worker_threads';
import { writeLanguages, type Share } from './languages.ts';

writeLanguages(workerData as Share);
parentPort!.postMessage('done');
