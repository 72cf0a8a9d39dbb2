// The add-on version shown to users; bump with each deployment.
export const ADDON_VERSION = '0.1.0';
