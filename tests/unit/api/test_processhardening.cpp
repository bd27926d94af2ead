// ProcessHardening in a child process (the test runner itself keeps its limits): core dumps
// off and the process undumpable, and the private key gone from the environment, including
// /proc/self/environ, after it was taken.
#include "api/processhardening.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr char ChildVariable[] = "CW_TEST_PROCESSHARDENING_CHILD";
constexpr char Secret[] = "s3cr3t-private-key-4711";

// The child's checks; each failure sets a bit of the exit code.
int childMain()
{
    int failures = 0;
    QFile procEnviron(u"/proc/self/environ"_s);
    if (!procEnviron.open(QIODevice::ReadOnly) || !procEnviron.readAll().contains(Secret))
        failures |= 1; // the check must see the key before it is taken
    procEnviron.close();
    if (ProcessHardening::takePrivateKeyFromEnvironment() != QLatin1StringView(Secret))
        failures |= 2;
    if (qEnvironmentVariableIsSet(ProcessHardening::PrivateKeyVariable) ||
        !ProcessHardening::takePrivateKeyFromEnvironment().isEmpty())
        failures |= 4;
    if (!procEnviron.open(QIODevice::ReadOnly) || procEnviron.readAll().contains(Secret))
        failures |= 8;
    procEnviron.close();
    QProcess child; // a child process does not inherit it either
    child.start(u"/usr/bin/env"_s, {});
    if (!child.waitForFinished(10000) || child.readAllStandardOutput().contains("CWDESK_PRIVATE"))
        failures |= 16;

    if (!ProcessHardening::disableCoreDumps())
        failures |= 32;
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        failures |= 64;
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        failures |= 128;
    return failures;
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hardensAChildProcess()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildVariable), u"1"_s);
        environment.insert(QString::fromLatin1(ProcessHardening::PrivateKeyVariable),
                           QString::fromLatin1(Secret));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        // This process was not touched.
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    }

    void missingKeyIsEmpty()
    {
        qunsetenv(ProcessHardening::PrivateKeyVariable);
        QVERIFY(ProcessHardening::takePrivateKeyFromEnvironment().isEmpty());
        qputenv(ProcessHardening::PrivateKeyVariable, "abc");
        QCOMPARE(ProcessHardening::takePrivateKeyFromEnvironment(), u"abc"_s);
        QVERIFY(!qEnvironmentVariableIsSet(ProcessHardening::PrivateKeyVariable));
    }
};

} // namespace cw::test

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(cw::test::ChildVariable))
        return cw::test::childMain();
    QCoreApplication app(argc, argv);
    cw::test::TestProcessHardening test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_processhardening.moc"
