// PrivateFolder: every folder it creates is 0700 whatever the umask, folders that exist keep their
// mode, and a file in the way is reported by its path. ProfileStore and CacheFile use it for
// every folder they make.
#include "api/privatefolder.h"
#include "api/profilestore.h"
#include "store/cachefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Runs with the most permissive umask a user could have, restored afterwards.
class OpenUmask
{
public:
    OpenUmask() : m_old(::umask(0)) {}
    ~OpenUmask() { ::umask(m_old); }
    OpenUmask(const OpenUmask &) = delete;
    OpenUmask &operator=(const OpenUmask &) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestPrivateFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNewLevelIsPrivate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
        const int before = modeOf(dir.path());
        QCOMPARE(before, 0755);
        OpenUmask umask;
        const QString deep = dir.filePath(u"share/cwdesk/caches"_s);
        QString failed;
        QVERIFY(PrivateFolder::make(deep, &failed));
        QVERIFY(failed.isEmpty());
        for (const QString &level : {u"share"_s, u"share/cwdesk"_s, u"share/cwdesk/caches"_s})
            QCOMPARE(modeOf(dir.filePath(level)), 0700);
        QCOMPARE(modeOf(dir.path()), before); // what existed is the user's choice
        QVERIFY(PrivateFolder::make(deep)); // again: nothing to do, still true
    }

    void fileInTheWay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"share"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString failed;
        QVERIFY(!PrivateFolder::make(dir.filePath(u"share/cwdesk"_s), &failed));
        QCOMPARE(failed, dir.filePath(u"share/cwdesk"_s));
        QVERIFY(!PrivateFolder::make(dir.filePath(u"share"_s), &failed));
        QCOMPARE(failed, dir.filePath(u"share"_s));
    }

    void cacheAndProfilesMakePrivateParents()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        OpenUmask umask;
        QString error;
        const QString cache = dir.filePath(u"cache-home/cwdesk/site/cache.sqlite"_s);
        QVERIFY2(CacheFile::makePrivate(cache, &error), qPrintable(error));
        QCOMPARE(modeOf(dir.filePath(u"cache-home"_s)), 0700);
        QCOMPARE(modeOf(dir.filePath(u"cache-home/cwdesk"_s)), 0700);
        QCOMPARE(modeOf(dir.filePath(u"cache-home/cwdesk/site"_s)), 0700);
        QCOMPARE(modeOf(cache), 0600);

        ProfileStore store(dir.filePath(u"config-home/cwdesk"_s));
        QVERIFY2(store.setDefaultProfile({}, &error), qPrintable(error)); // writes the file
        QCOMPARE(modeOf(dir.filePath(u"config-home"_s)), 0700);
        QCOMPARE(modeOf(dir.filePath(u"config-home/cwdesk"_s)), 0700);
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestPrivateFolder)
#include "test_privatefolder.moc"
