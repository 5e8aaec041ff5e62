#pragma once

// Every dialog and confirmation of the app, built the way the app builds them, in every state
// they can reach: each opens at the size it opens with in the app, then is driven into its
// state (a message appearing, an API error, busy, no keychain...) the way the app drives it, so
// the checks see what a user sees. For the appearance, layout and accessibility tests.
#include "ConfirmationWatch.h"
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"
#include "common/ClipboardGuard.h"
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
    // Builds the named entry, shows it as the app opens it, drives it into its state and returns
    // the window that state shows (the dialog, or the question it asks); owned here. Null for an
    // unknown name or a window that did not show.
    QWidget *open(const QString &name);

private:
    ConfirmationWatch m_confirmations;
    QTemporaryDir m_dir;
    QSettings m_settings;
    cockpit::InMemorySecretStore m_store;
    cockpit::SavedSecretIndex m_savedSecrets;
    cockpit::ClipboardGuard m_clipboard;
    QWidget m_window; // the parent of the window-modal questions, as in the app
    // The demo organization, for "Connect an agent" (it loads data sources).
    cockpit::testkit::EmulatorFixture m_kit;
    std::unique_ptr<cockpit::CockpitClient> m_client;
    std::vector<std::unique_ptr<QWidget>> m_dialogs;
};
