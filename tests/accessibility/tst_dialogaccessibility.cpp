// Walks every dialog of the app in each of its states (DialogGallery: create token, the one-time
// secret, sign-in, delete confirmation, keyboard shortcuts; the main window has its own walk in
// tests/window) and fails on a control a screen reader could reach without a name; and checks that
// no accessible text carries a token's secret.
#include "DialogGallery.h"
#include "common/ClipboardGuard.h"
#include "create/SecretDialog.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cockpit;

namespace {

// Every visible control that takes focus has an accessible name (a button's text counts: Qt
// exposes it as the name).
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QLabel *>(widget))
            continue;
        // A spin box's own line edit: screen readers meet the spin box, checked itself.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QString name = widget->accessibleName();
        if (name.isEmpty()) {
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                name = button->text();
        }
        if (name.remove(QLatin1Char('&')).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) +
                           QLatin1Char(' ') + widget->objectName());
    }
    return unnamed;
}

Token sampleToken()
{
    Token token;
    token.id = QStringLiteral("1005e969-2a54-4b5c-9b58-a4626949cbc7");
    token.name = QStringLiteral("alloy-agent");
    token.region = Region::FrPar;
    return token;
}

} // namespace

class TestDialogAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDialog_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : DialogGallery::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyDialog()
    {
        // Each dialog in each of its states, built as the app builds it.
        QFETCH(QString, name);
        DialogGallery gallery;
        QWidget *dialog = gallery.open(name);
        QVERIFY(dialog);
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void secretDialog()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        InMemorySecretStore store;
        SavedSecretIndex index(&settings);
        ClipboardGuard clipboard(QApplication::clipboard());
        CreatedToken created;
        created.token = sampleToken();
        created.secretKey = Secret(QStringLiteral("a-secret-that-must-not-be-read-aloud"));
        SecretDialog dialog(created, &clipboard, &store, &index);
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // No accessible name or description carries the secret.
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            QVERIFY(!widget->accessibleName().contains(created.secretKey.expose()));
            QVERIFY(!widget->accessibleDescription().contains(created.secretKey.expose()));
        }
        dialog.reject();
    }
};

QTEST_MAIN(TestDialogAccessibility)
#include "tst_dialogaccessibility.moc"
