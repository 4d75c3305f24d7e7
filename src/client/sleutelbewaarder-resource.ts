/**
 * @module
 * The resource indicator (RFC 8707) a browser asks its identity provider for when it wants a
 * token for the sleutelbewaarder; the access token's `aud`. A URN, because a resource indicator
 * must be an absolute URI. Shared by the sleutelbewaarder, the demo identity provider and the
 * werkplek's pages, none of which may import the others.
 */
export const SLEUTELBEWAARDER_RESOURCE = 'urn:ketenpoort:sleutelbewaarder';

/** The scope of that resource: evaluating blinded elements. */
export const SLEUTELBEWAARDER_SCOPE = 'evaluatie';
