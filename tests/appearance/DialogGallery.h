#pragma once

// Every dialog of the app built the way the app builds it, in states that show all of its text
// (field messages included), for the appearance and accessibility tests: create token (filled,
// and with an invalid name and no permission), the one-time secret, sign-in (empty, invalid,
// without a keychain), the delete confirmation (one token with a saved secret, several tokens)
// and the keyboard shortcuts.
#include "ClipboardGuard.h"
#include "ConfirmationWatch.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"

#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <vector>

class DialogGallery
{
public:
    DialogGallery();
    ~DialogGallery();

    static QStringList names();
    // Lets posted layout requests and palette or style changes run to the end: a hidden widget
    // gives its space back only after several rounds of them.
    static void settle();
    // Builds the named dialog, shows it at the size it opens with and returns it (owned here);
    // null for an unknown name.
    QWidget *open(const QString &name);

private:
    ConfirmationWatch m_confirmations;
    QTemporaryDir m_dir;
    QSettings m_settings;
    cockpit::InMemorySecretStore m_store;
    cockpit::SavedSecretIndex m_savedSecrets;
    cockpit::ClipboardGuard m_clipboard;
    QWidget m_window; // the delete confirmation's parent, as in the app
    std::vector<std::unique_ptr<QWidget>> m_dialogs;
};
