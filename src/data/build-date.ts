/**
 * The date of this build (YYYY-MM-DD, UTC), which dates citations and factsheets. SOURCE_DATE_EPOCH
 * (seconds) fixes it, so that two builds of the same content are identical.
 */
const epoch = process.env['SOURCE_DATE_EPOCH'];
export const buildDate = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
