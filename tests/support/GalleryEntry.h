#pragma once

// What DialogGallery's entries are made of (DialogGallery.cpp, ConnectAgentGallery.cpp).
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <functional>

namespace cockpit {
class ClipboardGuard;
class CockpitClient;
class TestEmulator;
class SavedSecretIndex;
class SecretStore;
} // namespace cockpit

namespace Gallery {

struct Services
{
    cockpit::SecretStore *store;
    cockpit::SavedSecretIndex *savedSecrets;
    cockpit::ClipboardGuard *clipboard;
    QWidget *window;
    // The demo organization on 127.0.0.1, for the dialogs that load from the API.
    cockpit::TestEmulator *emulator;
    cockpit::CockpitClient *client;
    QString projectId;
};

// How an entry is reached: what the app opens, then (once shown) what the user or the API does.
// The step returns the window of the state (the dialog itself, or a question it opened).
struct Entry
{
    std::function<QWidget *(const Services &)> build;
    std::function<QWidget *(QWidget *)> step;
};

using Entries = QList<QPair<QString, Entry>>;

// "Connect an agent" in each of its states.
Entries connectAgentEntries();

} // namespace Gallery
