# English plural forms for cockpit-tokens_en.ts (the source text is written for n > 1):
# source text -> [singular, plural]. Applied by fill_translations.py.
EN = {
'The answer to the create request was lost, but %n tokens named “%1” were created just now in %2. Their secret keys were never seen.\n\nDelete them?': ['The answer to the create request was lost, but %n token named “%1” was created just now in %2. Its secret key was never seen.\n\nDelete it?', 'The answer to the create request was lost, but %n tokens named “%1” were created just now in %2. Their secret keys were never seen.\n\nDelete them?'],
'Delete these %n tokens?': ['Delete this token?', 'Delete these %n tokens?'],
'…and %n more': ['…and %n more', '…and %n more'],
'Delete %n tokens': ['Delete %n token', 'Delete %n tokens'],
'Also forget the %n saved secret keys in the keychain': ['Also forget the saved secret key in the keychain', 'Also forget the %n saved secret keys in the keychain'],
'Deleting %n tokens…': ['Deleting %n token…', 'Deleting %n tokens…'],
'%n tokens were deleted.': ['%n token was deleted.', '%n tokens were deleted.'],
'%n tokens': ['%n token', '%n tokens'],
'%n regions': ['%n region', '%n regions'],
' · %n selected': [' · %n selected', ' · %n selected'],
'Clipboard clears in %n s': ['Clipboard clears in %n s', 'Clipboard clears in %n s'],
'Copied %n IDs': ['Copied %n ID', 'Copied %n IDs'],
'Copied %n regional IDs': ['Copied %n regional ID', 'Copied %n regional IDs'],
'Copied %n import commands': ['Copied %n import command', 'Copied %n import commands'],
'Copied %n Terraform resources': ['Copied %n Terraform resource', 'Copied %n Terraform resources'],
'%n tokens selected.': ['%n token selected.', '%n tokens selected.'],
'Copied. The clipboard will be cleared in %n second(s).': ['Copied. The clipboard will be cleared in %n second.', 'Copied. The clipboard will be cleared in %n seconds.'],
}
