export { MIN_PASSWORD_LENGTH } from './password.js';
