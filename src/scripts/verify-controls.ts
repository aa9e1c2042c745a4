/**
 * The verifier's controls, loaded on first use so that a page opened from a QR code runs only the
 * check: pasted text, a chosen or dropped file, the camera. Each input is read by the one reader
 * (`verify-input.ts`) and ends by putting the token in the address's fragment, where the page's
 * verifier judges it with `judgeToken`; a file whose parts disagree is judged where it was chosen.
 */
import type { en } from '../i18n/en.ts';
import { MAX_TOKEN_LENGTH } from '../lib/certificates/token.ts';
import { claimedId, readVerifyInput, type VerifyRequest } from '../lib/certificates/verify-input.ts';

type Text = typeof en.certificates.verifier;
export type Action = { kind: 'text' } | { kind: 'file'; file: File } | { kind: 'scan' };

/** What the controls need of the page they run on. */
export interface VerifierPage {
  /** The record the page shows; undefined on the registry list. */
  recordId: string | undefined;
  text: Text;
  /** Judges a printed token with the different one its file embeds, on this page. */
  judgeFile(token: string, embedded: string): void;
}

const element = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
/** A registry address in the reader's language: the controls run on registry pages, whose prefix (/fr/…) is kept. */
const registryPath = (rest: string) => location.pathname.replace(/registry\/.*/, `registry/${rest}`);
let camera: AbortController | undefined;

function say(words: string) {
  element('verify-message').textContent = words;
}

/**
 * A token is judged on the record page its registry address or QR code named (as when its QR code
 * is scanned: another certificate's token there is forged), else on the page of the certificate it
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
    const response = await fetch(registryPath(`${id}/`), { method: 'HEAD' });
    if (response.ok) location.assign(registryPath(`${id}/`));
    else say(response.status === 404 ? text.messages.unknownId.replace('{id}', id) : text.messages.offline);
  } catch {
    say(text.messages.offline);
  }
}

/** Carries out what the one reader made of the input. */
function use(request: VerifyRequest, page: VerifierPage) {
  if (request.kind === 'token' && request.embedded !== undefined && request.embedded !== request.token) {
    say('');
    page.judgeFile(request.token, request.embedded);
  } else if (request.kind === 'token') useToken(request.token, request.page, page.recordId);
  else if (request.kind === 'id') void useId(request.id, page.recordId, page.text);
  // The page judges certificates only; a credential is checked by `npm run verify` or a wallet.
  else say(page.text.messages[request.kind === 'credential' ? 'not-supported' : request.problem]);
}

async function scan(page: VerifierPage) {
  if (camera) return camera.abort();
  const { text } = page;
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
  if ('token' in outcome) useToken(outcome.token, outcome.page, page.recordId);
  else say(outcome.problem === 'stopped' ? '' : text.messages[outcome.problem]);
}

/** Carries out what the reader asked for on `page`. */
export async function run(action: Action, page: VerifierPage): Promise<void> {
  if (action.kind === 'scan') return scan(page);
  if (action.kind === 'text') return use(readVerifyInput(element<HTMLInputElement>('verify-input').value), page);
  camera?.abort();
  say(page.text.messages.reading);
  let reader: typeof import('./read-certificate-file.ts');
  try {
    reader = await import('./read-certificate-file.ts');
  } catch {
    return say(page.text.messages.offline); // the next file tries to load it again
  }
  use(await reader.readCertificateFile(action.file), page);
}
