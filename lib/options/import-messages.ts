import type { OptionsTranslator } from '../i18n/options-catalogs';
import type { ImportProblem } from '../settings/transfer';

/**
 * The reader-facing sentence for a refused settings file, ending with "Nothing was changed."
 * (import is all-or-nothing, and saying so is what the reader most needs to know).
 */
export function describeImportProblem(problem: ImportProblem, t: OptionsTranslator): string {
  const reason = ((): string => {
    switch (problem.code) {
      case 'too-large':
        return t('options_importError_tooLarge');
      case 'not-json':
        return t('options_importError_notJson');
      case 'not-settings-file':
        return t('options_importError_notSettingsFile');
      case 'newer-version':
        return t('options_importError_newerVersion');
      case 'no-settings':
        return t('options_importError_noSettings');
      case 'unknown-key':
        return t('options_importError_unknownKey', problem.key);
      case 'invalid-value':
        return t('options_importError_invalidValue', problem.key);
      case 'write-failed':
        return t('options_importError_writeFailed', problem.detail);
    }
  })();
  return `${reason} ${t('options_import_nothingChanged')}`;
}
