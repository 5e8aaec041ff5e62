// SecretDialog: masked by default, Copy through the clipboard guard, Save in the keychain (and
// its failures), the confirmation when closing with the secret neither copied nor saved, and the
// secret wiped from the widgets when the dialog closes.
#include "common/ClipboardGuard.h"
#include "common/LanguageLoader.h"
#include "common/SecretLineEdit.h"
#include "create/SecretDialog.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cockpit;

namespace {

CreatedToken sampleToken()
{
    CreatedToken created;
    created.token.id = QStringLiteral("1005e969-2a54-4b5c-9b58-a4626949cbc7");
    created.token.name = QStringLiteral("alloy-agent");
    created.token.region = Region::NlAms;
    created.token.projectId = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");
    created.secretKey =
        Secret(QStringLiteral("Zk9uMmVkU2VjcmV0S2V5VGhhdElzTm90QVV1aWRCdXRMb29rc1JlYWw"));
    return created;
}

QMessageBox *confirmation(QWidget *dialog)
{
    return dialog->findChild<QMessageBox *>(QStringLiteral("confirmCloseWithoutSecret"));
}

} // namespace

class TestSecretDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<InMemorySecretStore> m_store;
    std::unique_ptr<SavedSecretIndex> m_index;
    std::unique_ptr<ClipboardGuard> m_clipboard;

    std::unique_ptr<SecretDialog> makeDialog()
    {
        auto dialog = std::make_unique<SecretDialog>(sampleToken(), m_clipboard.get(),
                                                     m_store.get(), m_index.get());
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_settings->clear();
        m_store = std::make_unique<InMemorySecretStore>();
        m_index = std::make_unique<SavedSecretIndex>(m_settings.get());
        m_clipboard = std::make_unique<ClipboardGuard>(QGuiApplication::clipboard());
        QGuiApplication::clipboard()->clear();
    }
    void cleanup()
    {
        m_clipboard.reset();
        m_index.reset();
        m_store.reset();
        m_settings.reset();
    }

    void maskedByDefaultAndRevealable()
    {
        auto dialog = makeDialog();
        const QString secret = sampleToken().secretKey.expose();
        QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->secretEdit()->displayText().contains(secret));
        // Assistive technology reads the masked text, not the secret.
        QAccessibleInterface *accessible =
            QAccessible::queryAccessibleInterface(dialog->secretEdit());
        QVERIFY(accessible);
        QVERIFY(!accessible->text(QAccessible::Value).contains(secret));
        QVERIFY(!accessible->text(QAccessible::Name).contains(secret));
        dialog->secretEdit()->revealAction()->trigger();
        QCOMPARE(dialog->secretEdit()->displayText(), secret);
        dialog->secretEdit()->revealAction()->trigger();
        QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Password);
    }

    void copyMarksTheClipboard()
    {
        auto dialog = makeDialog();
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QVERIFY(dialog->wasCopied());
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(data->text(), sampleToken().secretKey.expose());
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(m_clipboard->isGuarding());
        // Copied: closing needs no confirmation.
        dialog->doneButton()->click();
        QVERIFY(!dialog->isVisible());
        QVERIFY(!confirmation(dialog.get()));
    }

    void copiedTextCountsDown()
    {
        // English plural forms, as the app loads them ("1 second", not "1 second(s)").
        cockpit::LanguageLoader languages(QCoreApplication::instance());
        languages.install(QStringLiteral("en"));
        m_clipboard->setClearDelaySeconds(3);
        m_clipboard->setTickInterval(200);
        auto dialog = makeDialog();
        dialog->copyButton()->click();
        QCOMPARE(dialog->statusLabel()->text(),
                 QStringLiteral("Copied. The clipboard will be cleared in 3 seconds."));
        QTRY_COMPARE(dialog->statusLabel()->text(),
                     QStringLiteral("Copied. The clipboard will be cleared in 1 second."));
        QTRY_COMPARE(dialog->statusLabel()->text(),
                     QStringLiteral("Copied. The clipboard no longer holds the secret."));
        QVERIFY(!m_clipboard->isGuarding());
        dialog->doneButton()->click();
    }

    void revealedSecretFitsItsField()
    {
        // As long as the emulator's demo secrets (64 characters).
        CreatedToken created = sampleToken();
        created.secretKey = Secret(
            QStringLiteral("Zk9uMmVkU2VjcmV0S2V5VGhhdElzTm90QVV1aWRCdXRMb29rc1JlYWwxMjM0NTY3"));
        QCOMPARE(created.secretKey.expose().size(), 64);
        auto dialog = std::make_unique<SecretDialog>(created, m_clipboard.get(), m_store.get(),
                                                     m_index.get());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        SecretLineEdit *edit = dialog->secretEdit();
        edit->setRevealed(true);
        const QString secret = edit->text();
        // However narrow the dialog is made: the field's minimum holds the whole key.
        QVERIFY2(edit->minimumWidth() > edit->fontMetrics().horizontalAdvance(secret),
                 qPrintable(QStringLiteral("%1 px minimum for %2 px of key")
                                .arg(edit->minimumWidth())
                                .arg(edit->fontMetrics().horizontalAdvance(secret))));
        // At the size the dialog opens with: with the cursor at the key's end, its first
        // character is still the first one shown (nothing scrolled off).
        edit->end(false);
        const QPoint firstShown(edit->contentsRect().left() + edit->textMargins().left() + 3,
                                edit->height() / 2);
        QCOMPARE(edit->cursorPositionAt(firstShown), 0);
        edit->home(false);
        dialog->copyButton()->click();
        dialog->doneButton()->click();
    }

    void saveInKeychain()
    {
        auto dialog = makeDialog();
        QSignalSpy saved(dialog.get(), &SecretDialog::secretSaved);
        dialog->saveButton()->click();
        QVERIFY(saved.wait(2000));
        QCOMPARE(saved.at(0).at(0).toString(), sampleToken().token.regionalId());
        QVERIFY(dialog->wasSaved());
        QVERIFY(m_store->contains(sampleToken().token.regionalId()));
        QVERIFY(m_index->contains(sampleToken().token.regionalId()));
        QVERIFY(!dialog->saveButton()->isEnabled());
        // The index in the settings file holds the key only.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("1005e969-2a54-4b5c-9b58-a4626949cbc7"));
        QVERIFY(!content.contains(sampleToken().secretKey.expose().toUtf8()));
        dialog->doneButton()->click();
        QVERIFY(!dialog->isVisible());
    }

    void keychainFailureKeepsTheSecretOnScreen_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("no keychain") << int(SecretStoreError::Kind::Unavailable);
        QTest::newRow("locked") << int(SecretStoreError::Kind::AccessDenied);
        QTest::newRow("other") << int(SecretStoreError::Kind::Failed);
    }
    void keychainFailureKeepsTheSecretOnScreen()
    {
        QFETCH(int, kind);
        m_store->setFailure({SecretStoreError::Kind(kind), QStringLiteral("backend says no")});
        auto dialog = makeDialog();
        dialog->saveButton()->click();
        QTRY_VERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->wasSaved());
        QVERIFY(!dialog->statusLabel()->text().isEmpty());
        QVERIFY(!m_index->contains(sampleToken().token.regionalId()));
        QCOMPARE(dialog->secretEdit()->text(), sampleToken().secretKey.expose());
        QVERIFY(dialog->copyButton()->isEnabled());
    }

    void closingWithoutTheSecretAsksFirst()
    {
        auto dialog = makeDialog();
        dialog->doneButton()->click();
        QMessageBox *question = confirmation(dialog.get());
        QVERIFY(question);
        QVERIFY(dialog->isVisible());
        // "Go back": the dialog stays, the secret too.
        QPushButton *back = nullptr;
        QPushButton *anyway = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::RejectRole)
                back = qobject_cast<QPushButton *>(button);
            else
                anyway = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(back && anyway);
        back->click();
        QTRY_VERIFY(!confirmation(dialog.get()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->secretEdit()->text(), sampleToken().secretKey.expose());

        // Escape asks as well; "Close anyway" closes and wipes.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        question = confirmation(dialog.get());
        QVERIFY(question);
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(dialog->secretEdit()->text().isEmpty());
    }

    void secretIsWipedOnClose()
    {
        auto dialog = makeDialog();
        dialog->copyButton()->click();
        dialog->secretEdit()->setRevealed(true);
        dialog->accept();
        QVERIFY(dialog->secretEdit()->text().isEmpty());
        QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->copyButton()->isEnabled());
    }
};

QTEST_MAIN(TestSecretDialog)
#include "tst_secretdialog.moc"
