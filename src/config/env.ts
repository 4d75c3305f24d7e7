/**
 * @module
 * The gateway's configuration: one zod schema, parsed once by each entry point.
 * A bad setting refuses to start and names the setting.
 */
import { z } from 'zod';

const Omgeving = z.object({
  /** 0 picks a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for the database and generated keys. */
  KETENPOORT_DATA: z.string().min(1).default('data'),
  /** The SQLite file; default `<data>/ketenpoort.sqlite`. */
  KETENPOORT_DATABASE: z.string().min(1).optional(),
  /** The folder with the jurist's policy files. */
  KETENPOORT_BELEID: z.string().min(1).default('policies'),
  /** Folder with one `<partner>.jwks.json` per partner (public keys with roles). */
  KETENPOORT_SLEUTELS: z.string().min(1).optional(),
  /**
   * The storage key (32 bytes, base64url); after a rotation the keys, oldest first, separated
   * by commas. Without it, the file of KETENPOORT_OPSLAGSLEUTEL_BESTAND is used.
   */
  KETENPOORT_OPSLAGSLEUTEL: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9_-]{43}([\s,]+[A-Za-z0-9_-]{43})*$/,
      "moet 32 bytes in base64url zijn (43 tekens); na een rotatie meer, gescheiden door komma's",
    )
    .optional(),
  /**
   * A file holding the storage key (a secrets file, e.g. /run/secrets/...); default
   * `<data>/opslagsleutel`. Outside demo mode it must lie outside the database's folder.
   */
  KETENPOORT_OPSLAGSLEUTEL_BESTAND: z.string().min(1).optional(),
  /** Distinct jurist signatures a policy set needs before it loads (four-eyes: 2); 0 = none. */
  KETENPOORT_HANDTEKENINGEN: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * The logboek's checkpoint key, `PRIVATE+KEY+<origin>+<key id>+<seed>` (C2SP note format,
   * made by `ketenpoort logboek sleutel --nieuw`). Without it, `<data>/checkpointsleutel` is
   * used; in demo mode it is created there when absent.
   */
  KETENPOORT_CHECKPOINTSLEUTEL: z
    .string()
    .trim()
    .regex(
      /^PRIVATE\+KEY\+[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/,
      'moet de vorm PRIVATE+KEY+<naam>+<keyid>+<sleutel> hebben (zie ketenpoort logboek sleutel)',
    )
    .optional(),
  /** A file holding the checkpoint key; default `<data>/checkpointsleutel`. */
  KETENPOORT_CHECKPOINTSLEUTEL_BESTAND: z.string().min(1).optional(),
  /**
   * Where the gateway keeps the last checkpoint it signed, outside the database's folder (never
   * part of a backup, never overwritten by a restore); default `<data>/laatste-checkpoint`.
   */
  KETENPOORT_LAATSTE_CHECKPOINT: z.string().min(1).optional(),
  /** Seconds between checkpoints; 0 signs one after every write request. */
  KETENPOORT_CHECKPOINT_INTERVAL: z.coerce.number().int().min(0).max(86_400).default(0),
  /** File with the witnesses' vkeys, one per line; default `<data>/getuigen.txt`. */
  KETENPOORT_GETUIGEN: z.string().min(1).optional(),
  /**
   * The demo sleutelbewaarder's own folder, outside the data folder (the gateway refuses to
   * start with its key format anywhere under its data); default `<data>-sleutelbewaarder`.
   */
  KETENPOORT_SLEUTELBEWAARDER_MAP: z.string().min(1).optional(),
  /** Where partners' clients reach the sleutelbewaarder; default: the URL its folder names. */
  KETENPOORT_SLEUTELBEWAARDER_URL: z.url().optional(),
  /**
   * The FG's own key at the sleutelbewaarder (`ketenpoort inzage sleutel --nieuw`), on the FG's
   * device, never under the data folder; default `<data>-fg/sleutelbewaarder.jwk.json`, which
   * the demo sleutelbewaarder makes.
   */
  KETENPOORT_FG_SLEUTEL: z.string().min(1).optional(),
  /**
   * The werkplek's login configuration (YAML): per organisation its OpenID Connect issuer,
   * client id, roles and role claim. Without it only demo mode has logins.
   */
  KETENPOORT_INLOGGEN: z.string().min(1).optional(),
  /** JSON file with per organisation its client secret at its issuer; never under policies/. */
  KETENPOORT_INLOGGEHEIMEN: z.string().min(1).optional(),
  /** The gateway's public address (e.g. https://poort.example.nl), for the login callback. */
  KETENPOORT_URL: z.url().optional(),
  /**
   * Issue 18: per partner its webhook URL and/or functional mailbox (YAML), set by the operator
   * at the partner's request. Operator configuration, never policy.
   */
  KETENPOORT_BEZORGING: z.string().min(1).optional(),
  /** JSON file with per partner its webhook signing secret (`whsec_...`); never under policies/. */
  KETENPOORT_BEZORGGEHEIMEN: z.string().min(1).optional(),
  /** The SMTP server for the mails, `smtps://user:password@host:465` (or smtp:// with STARTTLS). */
  KETENPOORT_SMTP: z
    .url({ protocol: /^smtps?$/, message: 'moet een smtp:// of smtps:// URL zijn' })
    .optional(),
  /** The From of the mails, e.g. `Ketenpoort <noreply@poort.example.nl>`. */
  KETENPOORT_MAIL_AFZENDER: z.string().min(3).optional(),
  /** Port of the demo identity providers (demo mode); default PORT + 1, 0 picks a free port. */
  KETENPOORT_DEMO_INLOGPOORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Create demo partners, keys and data when absent (zero-config start). */
  KETENPOORT_DEMO: z
    .enum(['aan', 'uit'])
    .default('aan')
    .transform((v) => v === 'aan'),
});

export type Configuratie = ReturnType<typeof leesConfiguratie>;

/** Parses the environment; throws an Error naming every wrong setting. */
export function leesConfiguratie(env: Record<string, string | undefined>) {
  const r = Omgeving.safeParse(env);
  if (!r.success) {
    const regels = r.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n${regels.join('\n')}`);
  }
  const c = r.data;
  return {
    poort: c.PORT,
    host: c.HOST,
    data: c.KETENPOORT_DATA,
    database: c.KETENPOORT_DATABASE ?? `${c.KETENPOORT_DATA}/ketenpoort.sqlite`,
    beleid: c.KETENPOORT_BELEID,
    sleutels: c.KETENPOORT_SLEUTELS ?? `${c.KETENPOORT_DATA}/demo/keys`,
    opslagsleutel: c.KETENPOORT_OPSLAGSLEUTEL,
    opslagsleutelBestand:
      c.KETENPOORT_OPSLAGSLEUTEL_BESTAND ?? `${c.KETENPOORT_DATA}/opslagsleutel`,
    demo: c.KETENPOORT_DEMO,
    handtekeningen: c.KETENPOORT_HANDTEKENINGEN,
    checkpointsleutel: c.KETENPOORT_CHECKPOINTSLEUTEL,
    checkpointsleutelBestand:
      c.KETENPOORT_CHECKPOINTSLEUTEL_BESTAND ?? `${c.KETENPOORT_DATA}/checkpointsleutel`,
    checkpointInterval: c.KETENPOORT_CHECKPOINT_INTERVAL,
    laatsteCheckpoint: c.KETENPOORT_LAATSTE_CHECKPOINT ?? `${c.KETENPOORT_DATA}/laatste-checkpoint`,
    getuigen: c.KETENPOORT_GETUIGEN ?? `${c.KETENPOORT_DATA}/getuigen.txt`,
    sleutelbewaarderMap:
      c.KETENPOORT_SLEUTELBEWAARDER_MAP ??
      `${c.KETENPOORT_DATA.replace(/\/+$/, '')}-sleutelbewaarder`,
    sleutelbewaarderUrl: c.KETENPOORT_SLEUTELBEWAARDER_URL,
    fgSleutel:
      c.KETENPOORT_FG_SLEUTEL ??
      `${c.KETENPOORT_DATA.replace(/\/+$/, '')}-fg/sleutelbewaarder.jwk.json`,
    inloggen: c.KETENPOORT_INLOGGEN,
    inloggeheimen: c.KETENPOORT_INLOGGEHEIMEN,
    openbareUrl: c.KETENPOORT_URL?.replace(/\/+$/, ''),
    bezorging: c.KETENPOORT_BEZORGING,
    bezorggeheimen: c.KETENPOORT_BEZORGGEHEIMEN,
    smtp: c.KETENPOORT_SMTP,
    mailAfzender: c.KETENPOORT_MAIL_AFZENDER,
    demoInlogpoort: c.KETENPOORT_DEMO_INLOGPOORT ?? (c.PORT === 0 ? 0 : c.PORT + 1),
  };
}
