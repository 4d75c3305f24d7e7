/**
 * The one class of workerd's `cloudflare:email` module the Worker uses (src/worker/mail.ts),
 * declared here so the whole project's typecheck need not load @cloudflare/workers-types'
 * globals (its `declare module "cloudflare:email"` lives in that global file).
 */
declare module 'cloudflare:email' {
  export class EmailMessage {
    constructor(from: string, to: string, raw: ReadableStream | string);
    readonly from: string;
    readonly to: string;
  }
}
