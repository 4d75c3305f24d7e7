/**
 * @module
 * The rules of Observable Plot's own <style> element for the figures' SVG (issue 19), served
 * in the werkplek's stylesheet so its Content-Security-Policy needs no inline styles.
 */

/** The class every figures chart carries. */
export const CIJFERS_KLASSE = 'ketenpoort-cijfers';

export const CIJFERS_CSS = `.${CIJFERS_KLASSE} { display: block; height: auto; max-width: 100%; background: white; }
.${CIJFERS_KLASSE} text, .${CIJFERS_KLASSE} tspan { white-space: pre; }
.${CIJFERS_KLASSE} .afgeschermd { fill: none; stroke: currentColor; }
`;
