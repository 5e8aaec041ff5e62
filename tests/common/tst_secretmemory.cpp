// Wiped means gone: after the one-time secret dialog has shown a token's secret (revealed, copied
// with the Copy button and with the keys, the clipboard cleared) and has been closed and deleted,
// a scan of this process's whole writable memory, read through /proc/self/mem as a debugger or a
// memory dump would read it, finds no copy of the secret, in UTF-8 or in UTF-16, freed memory
// included. The secret is made at run time and the test keeps it only masked, so that the scan
// cannot find the test's own copy.
#include "common/ClipboardGuard.h"
#include "common/SecretLineEdit.h"
#include "create/SecretDialog.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace cockpit;

namespace {

constexpr char kMask = char(0x5a);

// The secret's bytes, each XORed with kMask: never the secret itself in this process.
struct MaskedNeedle
{
    QByteArray utf8;
    QByteArray utf16;
};

MaskedNeedle makeNeedle()
{
    // A token secret's shape (a UUID), from numbers: no literal holds it.
    MaskedNeedle needle;
    const char hex[] = "0123456789abcdef";
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 36; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const char c = (i == 8 || i == 13 || i == 18 || i == 23) ? '-' : hex[(state >> 59) & 15];
        needle.utf8.append(char(c ^ kMask));
        needle.utf16.append(char(c ^ kMask));
        needle.utf16.append(char(0 ^ kMask));
    }
    return needle;
}

// The secret as a QString, in a buffer allocated once at its final size.
QString unmaskedSecret(const MaskedNeedle &needle)
{
    QString text(needle.utf8.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < needle.utf8.size(); ++i)
        text[i] = QLatin1Char(char(needle.utf8.at(i) ^ kMask));
    return text;
}

qsizetype countMasked(const char *data, size_t size, const QByteArray &masked)
{
    const size_t length = size_t(masked.size());
    const char first = char(masked.at(0) ^ kMask);
    qsizetype found = 0;
    for (const char *at = data; size >= length && at <= data + size - length; ++at) {
        at = static_cast<const char *>(std::memchr(at, first, size_t(data + size - at)));
        if (at == nullptr || size_t(data + size - at) < length)
            break;
        size_t i = 1;
        while (i < length && at[i] == char(masked.at(qsizetype(i)) ^ kMask))
            ++i;
        found += i == length;
    }
    return found;
}

struct Copies
{
    qsizetype utf8 = 0;
    qsizetype utf16 = 0;
};

// Every readable and writable mapping (heap, anonymous, stacks, data), read through
// /proc/self/mem into a scratch mapping that the scan skips.
Copies scanMemory(const MaskedNeedle &needle)
{
    constexpr size_t kChunk = 1 << 20;
    // Past this, a mapping is a sanitizer's shadow, reserved but never filled with our data.
    constexpr quint64 kLargest = quint64(1) << 32;
    const size_t overlap = size_t(needle.utf16.size());
    void *scratch = ::mmap(nullptr, kChunk + overlap, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    Copies copies;
    if (scratch == MAP_FAILED)
        return {-1, -1};
    const quintptr scratchStart = quintptr(scratch);
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (mem < 0 || !maps.open(QIODevice::ReadOnly)) {
        ::munmap(scratch, kChunk + overlap);
        return {-1, -1};
    }
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields.at(1).startsWith("rw"))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 start = range.at(0).toULongLong(nullptr, 16);
        const quint64 end = range.at(1).toULongLong(nullptr, 16);
        if (start == scratchStart || end - start > kLargest)
            continue;
        for (quint64 at = start; at < end; at += kChunk) {
            const size_t wanted = size_t(qMin<quint64>(kChunk + overlap, end - at));
            const ssize_t got = ::pread(mem, scratch, wanted, off_t(at));
            if (got <= 0)
                break;
            // A match that starts in this chunk is counted here; the overlap finishes it.
            const size_t startsBefore = qMin<size_t>(size_t(got), kChunk);
            const char *data = static_cast<const char *>(scratch);
            copies.utf8 +=
                countMasked(data, qMin(size_t(got), startsBefore + size_t(needle.utf8.size()) - 1),
                            needle.utf8);
            copies.utf16 +=
                countMasked(data, qMin(size_t(got), startsBefore + overlap - 1), needle.utf16);
        }
    }
    ::close(mem);
    ::munmap(scratch, kChunk + overlap);
    return copies;
}

} // namespace

class TestSecretMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanFindsWhatIsThere();
    void closedSecretDialogLeavesNoCopy();
};

void TestSecretMemory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// The scan itself: it finds a live copy, and finds it no more once Secret has zeroed it.
void TestSecretMemory::scanFindsWhatIsThere()
{
    const MaskedNeedle needle = makeNeedle();
    Copies before = scanMemory(needle);
    QCOMPARE(before.utf16, 0);
    {
        Secret secret(unmaskedSecret(needle));
        QByteArray utf8 = secret.expose().toUtf8();
        const Copies during = scanMemory(needle);
        QCOMPARE(during.utf16, 1);
        QCOMPARE(during.utf8, before.utf8 + 1);
        Secret::overwrite(utf8);
    }
    const Copies after = scanMemory(needle);
    QCOMPARE(after.utf16, 0);
    QCOMPARE(after.utf8, before.utf8);
}

void TestSecretMemory::closedSecretDialogLeavesNoCopy()
{
    const MaskedNeedle needle = makeNeedle();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    InMemorySecretStore store;
    SavedSecretIndex index(&settings);
    ClipboardGuard guard(QApplication::clipboard());
    const Copies baseline = scanMemory(needle);
    QCOMPARE(baseline.utf8, 0);
    QCOMPARE(baseline.utf16, 0);

    SecretDialog *dialog = nullptr;
    {
        CreatedToken created;
        created.token.id = QStringLiteral("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
        created.token.name = QStringLiteral("alloy-push");
        created.secretKey = Secret(unmaskedSecret(needle));
        dialog = new SecretDialog(created, &guard, &store, &index);
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->secretEdit()->setRevealed(true);
    dialog->repaint();
    dialog->copyButton()->click();
    QVERIFY(guard.isGuarding());
    QCOMPARE(scanMemory(needle).utf16 > 0, true); // shown and offered: it is there
    // The keys too, through the guard.
    dialog->secretEdit()->setFocus();
    QTest::keyClick(dialog->secretEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(dialog->secretEdit(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(guard.isGuarding());
    guard.clearNow();
    QVERIFY(dialog->wasCopied());
    dialog->done(QDialog::Accepted);
    delete dialog;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();

    const Copies left = scanMemory(needle);
    QVERIFY2(
        left.utf8 == 0 && left.utf16 == 0,
        qPrintable(
            QStringLiteral("%1 UTF-8 and %2 UTF-16 copies left").arg(left.utf8).arg(left.utf16)));
}

QTEST_MAIN(TestSecretMemory)
#include "tst_secretmemory.moc"
