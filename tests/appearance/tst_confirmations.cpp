// Every question the app asks before destroying something (the one-time secret, tokens, an
// orphaned token, a profile) keeps everything on Enter and on Esc: walked through DialogGallery,
// each destructive box must be a SafeConfirmation whose default and escape buttons are the safe
// one, and Enter must not confirm. The sources are read too: a destructive button made anywhere
// but SafeConfirmation would escape this walk, so none may be.
#include "DialogGallery.h"
#include "common/SafeConfirmation.h"

#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestConfirmations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyDestructiveQuestionDefaultsToKeeping()
    {
        int walked = 0;
        for (const QString &name : DialogGallery::names()) {
            DialogGallery gallery;
            QWidget *shown = gallery.open(name);
            QVERIFY2(shown, qPrintable(name));
            auto *box = qobject_cast<QMessageBox *>(shown);
            if (!box)
                continue;
            bool destroys = false;
            for (QAbstractButton *button : box->buttons())
                destroys = destroys || box->buttonRole(button) == QMessageBox::DestructiveRole;
            if (!destroys)
                continue;
            ++walked;
            auto *safe = qobject_cast<cockpit::SafeConfirmation *>(box);
            QVERIFY2(safe, qPrintable(name + QStringLiteral(": not a SafeConfirmation")));
            QCOMPARE(box->defaultButton(), safe->safeButton());
            QCOMPARE(box->escapeButton(), static_cast<QAbstractButton *>(safe->safeButton()));
            QVERIFY2(box->buttonRole(safe->safeButton()) != QMessageBox::DestructiveRole,
                     qPrintable(name));
            // Enter, as a user in a hurry presses it: nothing is destroyed.
            QSignalSpy destroyed(safe, &cockpit::SafeConfirmation::destroyConfirmed);
            box->activateWindow();
            QTest::keyClick(box, Qt::Key_Return);
            QCOMPARE(destroyed.size(), 0);
            QVERIFY2(!box->isVisible(), qPrintable(name + QStringLiteral(": Enter did nothing")));
        }
        // The secret, one token, several tokens, an orphan, a profile.
        QVERIFY2(walked >= 5, qPrintable(QString::number(walked)));
    }

    void destructiveButtonsAreMadeInOnePlace()
    {
        const QString ui = QStringLiteral(COCKPIT_SOURCE_DIR "/ui");
        QDirIterator files(ui, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        QStringList elsewhere;
        int inSafeConfirmation = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (!file.readAll().contains("DestructiveRole"))
                continue;
            if (path.endsWith(QLatin1String("/SafeConfirmation.cpp")))
                ++inSafeConfirmation;
            else
                elsewhere.append(path);
        }
        QCOMPARE(inSafeConfirmation, 1);
        QVERIFY2(elsewhere.isEmpty(), qPrintable(elsewhere.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestConfirmations)
#include "tst_confirmations.moc"
