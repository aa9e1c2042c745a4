/**
 * The verifier's controls, loaded on first use so that a page opened from a QR code runs only the
 * check: pasted text, a chosen or dropped file, the camera. Every one ends by putting the token in
 * the address's fragment, where the page's verifier judges it with `judgeToken`.
 */
import type { en } from '../i18n/en.ts';
import { MAX_TOKEN_LENGTH } from '../lib/certificates/token.ts';
import { claimedId, readVerifyInput } from '../lib/certificates/verify-input.ts';

type Text = typeof en.certificates.verifier;
export type Action = { kind: 'text' } | { kind: 'file'; file: File } | { kind: 'scan' };

const element = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
/** A registry address in the reader's language: the controls run on registry pages, whose prefix (/fr/…) is kept. */
const registryPath = (rest: string) => location.pathname.replace(/registry\/.*/, `registry/${rest}`);
let camera: AbortController | undefined;

function say(words: string) {
  element('verify-message').textContent = words;
}

/**
 * A token is judged on the record page its registry address named (as when its QR code is
 * scanned: another certificate's token there is forged), else on the page of the certificate it
 * claims; the registry list judges a bare token itself.
 */
function useToken(token: string, page: string | undefined, recordId: string | undefined) {
  say('');
  const bounded = token.slice(0, MAX_TOKEN_LENGTH + 1);
  const claimed = claimedId(bounded);
  const target = recordId ? (page ?? claimed) : page && page !== claimed ? page : undefined;
  if (target && target !== recordId) location.assign(registryPath(`${target}/#${bounded}`));
  else if (location.hash.slice(1) !== bounded) location.hash = bounded;
  else window.dispatchEvent(new HashChangeEvent('hashchange'));
  element('verdict').scrollIntoView({ block: 'nearest' });
}

/** An ID alone opens its record, which says that only the QR code or the PDF proves a paper. */
async function useId(id: string, recordId: string | undefined, text: Text) {
  if (id === recordId) return say(text.messages.idHere);
  say(text.messages.lookingUp);
  try {
    const response = await fetch(`/registry/${id}/`, { method: 'HEAD' });
    if (response.ok) location.assign(registryPath(`${id}/`));
    else say(text.messages.unknownId.replace('{id}', id));
  } catch {
    say(text.messages.offline);
  }
}

async function useFile(file: File, recordId: string | undefined, text: Text) {
  camera?.abort();
  say(text.messages.reading);
  const { readCertificateFile } = await import('./read-certificate-file.ts');
  const reading = await readCertificateFile(file);
  if ('token' in reading) useToken(reading.token, reading.page, recordId);
  else say(text.messages[reading.problem]);
}

async function scan(recordId: string | undefined, text: Text) {
  if (camera) return camera.abort();
  const controller = new AbortController();
  camera = controller;
  const button = element('verify-scan');
  const video = element<HTMLVideoElement>('verify-video');
  button.textContent = text.stopScan;
  video.hidden = false;
  say(text.messages.scanning);
  const { scanWithCamera } = await import('./camera-scan.ts');
  const outcome = await scanWithCamera(video, controller.signal);
  camera = undefined;
  video.hidden = true;
  button.textContent = text.scan;
  if ('token' in outcome) useToken(outcome.token, outcome.page, recordId);
  else say(outcome.problem === 'stopped' ? '' : text.messages[outcome.problem]);
}

/** Carries out what the reader asked for on the page of `recordId` (none on the registry list). */
export async function run(action: Action, recordId: string | undefined, text: Text): Promise<void> {
  if (action.kind === 'file') return useFile(action.file, recordId, text);
  if (action.kind === 'scan') return scan(recordId, text);
  const request = readVerifyInput(element<HTMLInputElement>('verify-input').value);
  if (request.kind === 'token') useToken(request.token, request.page, recordId);
  else if (request.kind === 'id') await useId(request.id, recordId, text);
  else say(text.messages.empty);
}
