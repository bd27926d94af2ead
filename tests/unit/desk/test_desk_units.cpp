// The desk core's decisions that need no server: which errors mean "the server cannot be
// reached", how reference fields are searched for, and the order assignments are applied in.
#include "desk/desk.h"
#include "desk/fieldassignment.h"
#include "desk/ticketchange.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestDeskUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreachable_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("unreachable");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << true;
        QTest::newRow("no host") << int(QNetworkReply::HostNotFoundError) << 0 << true;
        QTest::newRow("dropped") << int(QNetworkReply::RemoteHostClosedError) << 0 << true;
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << 0 << true;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << false;
        QTest::newRow("401") << 0 << 401 << false;
        QTest::newRow("500") << 0 << 500 << false;
        QTest::newRow("404") << 0 << 404 << false;
    }

    void unreachable()
    {
        QFETCH(int, networkError);
        QFETCH(int, httpStatus);
        QFETCH(bool, unreachable);
        const ApiError error = httpStatus ? ApiError::fromHttpStatus(httpStatus, "{}")
                                          : ApiError::fromNetworkError(networkError, u"x"_s);
        QCOMPARE(Desk::isUnreachable(error), unreachable);
        QVERIFY(!Desk::isUnreachable(ApiError()));
        QVERIFY(!Desk::isUnreachable(ApiError::cancelled()));
    }

    void referenceTargets()
    {
        const QJsonObject ticket{
            {u"board"_s, QJsonObject{{u"id"_s, 3}, {u"name"_s, u"Service Desk"_s}}},
            {u"company"_s, QJsonObject{{u"id"_s, 19}, {u"identifier"_s, u"Acme"_s}}}};
        ReferenceResolver::Target target;
        QString canonical;
        DeskError error;
        QVERIFY(
            TicketChange::referenceTarget(u"STATUS"_s, {}, ticket, &target, &canonical, &error));
        QCOMPARE(canonical, u"status"_s);
        QCOMPARE(target.path, u"/service/boards/3/statuses"_s);
        QVERIFY(target.where.contains(u"Service Desk"_s));
        QVERIFY(
            TicketChange::referenceTarget(u"subtype"_s, {}, ticket, &target, &canonical, &error));
        QCOMPARE(canonical, u"subType"_s);
        QVERIFY(TicketChange::referenceTarget(u"owner"_s, u"name"_s, ticket, &target, &canonical,
                                              &error));
        QCOMPARE(target.keys, QStringList{u"fullName"_s});
        QVERIFY(
            TicketChange::referenceTarget(u"contact"_s, {}, ticket, &target, &canonical, &error));
        QCOMPARE(target.filter, u"company/id=19"_s);
        QVERIFY(TicketChange::referenceTarget(u"site"_s, {}, ticket, &target, &canonical, &error));
        QCOMPARE(target.path, u"/company/companies/19/sites"_s);
        // Not a reference: a plain field.
        QVERIFY(
            !TicketChange::referenceTarget(u"summary"_s, {}, ticket, &target, &canonical, &error));
        QVERIFY(!error.isError());
        // A status needs a board first; a priority has no identifier.
        QVERIFY(!TicketChange::referenceTarget(u"status"_s, {}, {}, &target, &canonical, &error));
        QCOMPARE(error.kind(), DeskError::Kind::Invalid);
        error = {};
        QVERIFY(!TicketChange::referenceTarget(u"priority"_s, u"identifier"_s, ticket, &target,
                                               &canonical, &error));
        QVERIFY(error.message().contains(u"priority.id=N"_s));
        // The form that message offers is accepted, for every reference.
        for (const QString &field : {u"priority"_s, u"status"_s, u"owner"_s, u"company"_s}) {
            error = {};
            QVERIFY2(
                TicketChange::referenceTarget(field, u"id"_s, ticket, &target, &canonical, &error),
                qPrintable(field + u": "_s + error.message()));
            QVERIFY(!error.isError());
        }
    }

    void boardAndCompanyGoFirst()
    {
        QList<FieldAssignment> list;
        for (const QString &text :
             {u"status.name=New"_s, u"summary=x"_s, u"company=Acme"_s, u"board=Service Desk"_s}) {
            FieldAssignment a;
            QString error;
            QVERIFY(FieldAssignment::parse(text, &a, &error));
            list.append(a);
        }
        const QList<FieldAssignment> ordered = TicketChange::ordered(list);
        QStringList fields;
        for (const FieldAssignment &a : ordered)
            fields.append(a.field());
        QCOMPARE(fields, (QStringList{u"board"_s, u"company"_s, u"status"_s, u"summary"_s}));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestDeskUnits)
#include "test_desk_units.moc"
