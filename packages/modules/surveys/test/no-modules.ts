/** The shell's list of modules in an app build; component tests give the app theirs. */
export const modules = [];
