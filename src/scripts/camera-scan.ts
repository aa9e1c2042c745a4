/**
 * Scans a certificate's QR code with the device's camera (the rear one where there is a choice),
 * frame by frame until a registry code appears, then stops the camera at once. Loaded only when
 * a reader asks for the camera; frames never leave the browser.
 */
import { registryCode } from '../lib/certificates/verify-input.ts';
import { decodeQr, nativeQrDetector } from './decode-qr.ts';

export type ScanOutcome =
  { token: string; page: string } | { problem: 'camera-denied' | 'no-camera' | 'camera-unavailable' | 'stopped' };

/** Pause between two decoded frames: enough for a hand to steady, light on a phone's battery. */
const FRAME_PAUSE_MS = 150;

async function openCamera(): Promise<MediaStream | ScanOutcome> {
  if (!navigator.mediaDevices?.getUserMedia) return { problem: 'camera-unavailable' };
  try {
    return await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') return { problem: 'camera-denied' };
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return { problem: 'no-camera' };
    return { problem: 'camera-unavailable' };
  }
}

/**
 * Shows the camera in `video` and resolves with the first registry code seen, or why not.
 * Aborting `signal` stops the camera.
 */
export async function scanWithCamera(video: HTMLVideoElement, signal: AbortSignal): Promise<ScanOutcome> {
  const stream = await openCamera();
  if (!(stream instanceof MediaStream)) return stream;
  const stop = () => {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  signal.addEventListener('abort', stop, { once: true });
  try {
    video.srcObject = stream;
    await video.play();
    const detector = await nativeQrDetector();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    while (!signal.aborted) {
      let texts: string[] = [];
      if (video.videoWidth > 0) {
        if (detector) texts = (await detector.detect(video)).map((code) => code.rawValue);
        else if (context) {
          canvas.width = video.videoWidth;
          canvas.height = video.videoHeight;
          context.drawImage(video, 0, 0);
          texts = await decodeQr(context.getImageData(0, 0, canvas.width, canvas.height));
        }
      }
      for (const text of texts) {
        const code = registryCode(text);
        if (code) return code;
      }
      await new Promise((resolve) => setTimeout(resolve, FRAME_PAUSE_MS));
    }
    return { problem: 'stopped' };
  } catch {
    return signal.aborted ? { problem: 'stopped' } : { problem: 'camera-unavailable' };
  } finally {
    stop();
  }
}
