import type { Language } from './language.js';

/**
 * What the check of the answers says about a value, in the language chosen for the app. Each
 * text follows the field it is about ("town.state (--state): …"), so it is a phrase; the hint
 * says what to do. Flags stay as they are typed.
 */
export const CHECK_MESSAGES = {
  de: {
    unreadableConfig: (file: string) => `„${file}“ lässt sich nicht lesen.`,
    configPath:
      'Geben Sie den Pfad einer Stadt-Konfiguration in JSON an, z. B. --config city.json.',
    notJson: (file: string, problem: string) => `„${file}“ ist kein gültiges JSON: ${problem}`,
    fixJson: 'Korrigieren Sie die JSON-Syntax.',
    notObject: (file: string) => `„${file}“ enthält kein JSON-Objekt.`,
    objectShape: 'Es muss so aussehen: { "town": { … }, … }.',
    emptyName: 'ist leer.',
    giveName: 'Geben Sie den Namen der Stadt an, z. B. --town "Boizenburg/Elbe".',
    nameWithoutLetters: (name: string) =>
      `„${name}“ ergibt keinen Ordner- oder Paketnamen: Er enthält keine Buchstaben oder Ziffern.`,
    nameInLetters:
      'Schreiben Sie den Namen der Stadt in Buchstaben, z. B. --town "Boizenburg/Elbe".',
    notAState: (state: string) => `„${state}“ ist nicht der Code eines deutschen Bundeslandes.`,
    states: (codes: readonly string[]) =>
      `Verwenden Sie einen von ${codes.join(', ')} (DE-MV ist Mecklenburg-Vorpommern).`,
    notALanguage: (locale: string) => `„${locale}“ ist keine Sprache der App.`,
    languages: 'Verwenden Sie de oder en.',
    unsupportedPackageManager: (pm: string) => `„${pm}“ wird nicht unterstützt.`,
    packageManagers: 'Verwenden Sie pnpm oder npm.',
    noModule: (id: string) => `es gibt kein Modul „${id}“.`,
    knownModules: (known: readonly string[]) =>
      known.length ? `Bekannte Module: ${known.join(', ')}.` : 'Es sind keine Module verfügbar.',
    notARepository: (root: string) => `${root} ist kein city-app-Repository.`,
    repositoryFolder: 'Geben Sie den Ordner an, der packages/core enthält.',
    fileInTheWay: (path: string) => `ist eine Datei, aber ${path} braucht hier einen Ordner.`,
    folderInTheWay: 'ist ein Ordner, aber das Projekt hat hier eine Datei.',
    moveFolder: 'Verschieben Sie den Ordner oder benennen Sie ihn um.',
    moveFile: 'Verschieben Sie die Datei oder benennen Sie sie um.',
  },
  en: {
    unreadableConfig: (file: string) => `cannot read "${file}".`,
    configPath: 'Give the path of a town config in JSON, e.g. --config city.json.',
    notJson: (file: string, problem: string) => `"${file}" is not valid JSON: ${problem}`,
    fixJson: 'Fix the JSON syntax.',
    notObject: (file: string) => `"${file}" does not hold a JSON object.`,
    objectShape: 'It must look like { "town": { … }, … }.',
    emptyName: 'is empty.',
    giveName: 'Give the town\'s name, e.g. --town "Boizenburg/Elbe".',
    nameWithoutLetters: (name: string) =>
      `"${name}" gives no folder or package name: it has no letters or digits.`,
    nameInLetters: 'Use the town\'s name in letters, e.g. --town "Boizenburg/Elbe".',
    notAState: (state: string) => `"${state}" is not the code of a German state.`,
    states: (codes: readonly string[]) =>
      `Use one of ${codes.join(', ')} (DE-MV is Mecklenburg-Vorpommern).`,
    notALanguage: (locale: string) => `"${locale}" is not a language of the app.`,
    languages: 'Use de or en.',
    unsupportedPackageManager: (pm: string) => `"${pm}" is not supported.`,
    packageManagers: 'Use pnpm or npm.',
    noModule: (id: string) => `there is no module "${id}".`,
    knownModules: (known: readonly string[]) =>
      known.length ? `Known modules: ${known.join(', ')}.` : 'No modules are available.',
    notARepository: (root: string) => `${root} is not a city-app repository.`,
    repositoryFolder: 'Give the folder that holds packages/core.',
    fileInTheWay: (path: string) => `is a file, but ${path} needs it to be a folder.`,
    folderInTheWay: 'is a folder, but the project has a file here.',
    moveFolder: 'Move or rename it.',
    moveFile: 'Move or rename it.',
  },
} as const satisfies Record<Language, unknown>;
