/**
 * @module
 * POST /v1/logboek/cosignaturen: a witness (`ketenpoort getuige`) hands in its cosignature
 * (c2sp.org/tlog-cosignature, cosignature/v1) over a checkpoint it checked for consistency.
 * Only the keys of known witnesses are accepted; the gateway keeps it beside the checkpoint.
 */
import { createRoute } from '@hono/zod-openapi';
import { verifyCosignature } from '../../logboek/checkpoint.js';
import { COSIGNATURE_V1, NoteFout, noteVerifierKey, splitNote } from '../../logboek/note.js';
import { vereisRol } from '../auth/vereis-rol.js';
import { CosignatuurSchema, CosignatuurVerzoekSchema } from '../bewijs-schemas.js';
import type { AppRouteHandler } from '../context.js';
import { zoekCheckpoint } from '../logboek-weergave.js';
import { ApiError, foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'post',
  path: '/logboek/cosignaturen',
  tags: ['Logboek'],
  summary: 'Cosignatuur van een getuige afgeven',
  operationId: 'logboekCosignatuur',
  description:
    'Een getuige die een checkpoint heeft gecontroleerd (consistent met het vorige dat hij zag) geeft hier zijn cosignatuur af. Alleen sleutels van bekende getuigen (de lijst van de beheerder) worden aanvaard.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner', 'fg')] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: CosignatuurVerzoekSchema } } },
  },
  responses: {
    201: {
      description: 'Cosignatuur bewaard',
      headers: VersieKoppen,
      content: { 'application/json': { schema: CosignatuurSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang', 'niet-gevonden'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { diensten: d, identiteit } = c.var;
  const { grootte, cosignatuur } = c.req.valid('json');
  const cp = await zoekCheckpoint(d, grootte);
  const { body } = splitNote(cp.note);
  const regel = `${cosignatuur.replace(/\n$/, '')}\n`;
  const ondertekening = leesRegel(body, regel);
  const getuige = d.logboek.getuigen.find(
    (g) => g.name === ondertekening.name && g.keyId === ondertekening.keyId,
  );
  if (!getuige) {
    throw new ApiError(
      'geen-toegang',
      `Getuige ${ondertekening.name} is niet bekend. Vraag de beheerder uw vkey aan de lijst van getuigen toe te voegen.`,
    );
  }
  const tijd = await verifyCosignature(body, regel, getuige);
  if (tijd === null) {
    throw new ApiError(
      'ongeldig-verzoek',
      `De cosignatuur van ${getuige.name} klopt niet voor het checkpoint van grootte ${grootte}.`,
    );
  }
  await d.store.boom.bewaarCosignatuur({
    grootte,
    getuige: getuige.name,
    vkey: noteVerifierKey(getuige.name, getuige.publicKey, COSIGNATURE_V1),
    partner: identiteit.partner,
    tijd,
    regel,
    ontvangenOp: d.klok(),
  });
  const aantal = (await d.store.boom.cosignaturen([grootte])).length;
  const antwoord = {
    grootte,
    getuige: getuige.name,
    tijd: new Date(tijd * 1000).toISOString(),
    cosignaturen: aantal,
  };
  return c.json(antwoord, 201);
};

/** The signer name and key id of one signature line; a 400 problem when it is not one. */
function leesRegel(body: string, regel: string) {
  try {
    const { signatures } = splitNote(`${body}\n${regel}`);
    if (signatures.length !== 1) throw new NoteFout('note-misvormd', 'één regel verwacht');
    return signatures[0]!;
  } catch {
    throw new ApiError(
      'ongeldig-verzoek',
      'cosignatuur: stuur één regel van de vorm "— <getuige> <base64>" (cosignature/v1).',
    );
  }
}
