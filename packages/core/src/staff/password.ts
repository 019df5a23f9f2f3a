/**
 * Shortest password a staff member may choose (BSI recommends long passphrases). Here so the
 * server's check and the web screens' hint name the same number.
 */
export const MIN_PASSWORD_LENGTH = 12;
