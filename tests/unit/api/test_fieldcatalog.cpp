// The generated field catalog: every collection resolves, names are case-insensitive, references
// expand one level, arrays and _info are open, and typos are unknown (so they fail before sending).
#include "api/apierror.h"
#include "api/apipaths.h"
#include "api/fieldcatalog.h"
#include "api/listquery.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestFieldCatalog : public QObject
{
    Q_OBJECT

private:
    static std::optional<query::ValueType> typeOf(const QString &collection, const QString &field)
    {
        return FieldCatalog::resolverFor(collection)(field.split(u'/'));
    }

private Q_SLOTS:
    void everyServiceCollectionIsKnown()
    {
        for (const QString &path :
             {ApiPaths::tickets(), ApiPaths::notes(12), ApiPaths::tasks(12),
              ApiPaths::ticketConfigurations(12), ApiPaths::boards(), ApiPaths::statuses(3),
              ApiPaths::types(3), ApiPaths::subtypes(3), ApiPaths::teams(3), ApiPaths::items(3),
              ApiPaths::priorities(), ApiPaths::slas(), ApiPaths::sources(), ApiPaths::locations(),
              ApiPaths::knowledgeBaseArticles(), ApiPaths::callbacks()}) {
            const FieldCatalog::Collection *c = FieldCatalog::find(path);
            QVERIFY2(c, qPrintable(path));
            QVERIFY2(c->fields.size() >= 3, qPrintable(path));
            QVERIFY(FieldCatalog::resolverFor(path));
        }
        // Outside the Service extract: no table, so only syntax is checked.
        QVERIFY(!FieldCatalog::find(ApiPaths::companies()));
        QVERIFY(!FieldCatalog::resolverFor(ApiPaths::members()));
    }

    void ticketFields()
    {
        using V = query::ValueType;
        const QString t = ApiPaths::tickets();
        QCOMPARE(typeOf(t, u"summary"_s), V::String);
        QCOMPARE(typeOf(t, u"SUMMARY"_s), V::String);
        QCOMPARE(typeOf(t, u"id"_s), V::Number);
        QCOMPARE(typeOf(t, u"closedFlag"_s), V::Boolean);
        QCOMPARE(typeOf(t, u"requiredDate"_s), V::DateTime);
        QCOMPARE(typeOf(t, u"board/name"_s), V::String);
        QCOMPARE(typeOf(t, u"Board/Id"_s), V::Number);
        QCOMPARE(typeOf(t, u"board"_s), V::Object);
        QCOMPARE(typeOf(t, u"_info/lastUpdated"_s), V::DateTime);
        QCOMPARE(typeOf(t, u"customFields/caption"_s), V::Null);
        QCOMPARE(typeOf(t, u"sumary"_s), std::nullopt);
        QCOMPARE(typeOf(t, u"board/nmae"_s), std::nullopt);
        QCOMPARE(typeOf(t, u"summary/x"_s), std::nullopt);
    }

    void conditionOnlyNames()
    {
        // The server takes these in conditions on every collection though no schema lists
        // them; refusing them would block valid queries (the sync's own watermark among them).
        using V = query::ValueType;
        for (const QString &path : {ApiPaths::tickets(), ApiPaths::notes(12), ApiPaths::boards(),
                                    ApiPaths::statuses(3), ApiPaths::knowledgeBaseArticles()}) {
            QCOMPARE(typeOf(path, u"lastUpdated"_s), V::DateTime);
            QCOMPARE(typeOf(path, u"LastUpdated"_s), V::DateTime);
            QCOMPARE(typeOf(path, u"_info/lastUpdated"_s), V::DateTime);
            QCOMPARE(typeOf(path, u"dateEntered"_s), V::DateTime);
            QCOMPARE(typeOf(path, u"_info/dateEntered"_s), V::DateTime);
            QCOMPARE(typeOf(path, u"enteredBy"_s), V::String);
            QCOMPARE(typeOf(path, u"updatedBy"_s), V::String);
            QCOMPARE(typeOf(path, u"_info/updatedBy"_s), V::String);
            QCOMPARE(typeOf(path, u"lastUpdatedd"_s), std::nullopt);
            QCOMPARE(typeOf(path, u"lastUpdated/x"_s), std::nullopt);
        }
        // A collection's own field of that name keeps its own type.
        QCOMPARE(typeOf(ApiPaths::sources(), u"dateEntered"_s), V::DateTime);

        ListQuery query;
        query.conditions = u"lastUpdated > [2026-04-25T15:32:50Z] and closedFlag = false"_s;
        const ApiError error = query.validate(ApiPaths::tickets());
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        query.conditions = u"updatedBy = \"jdoe\" or dateEntered < [2026-01-01T00:00:00Z]"_s;
        QVERIFY(!query.validate(ApiPaths::notes(4)).isError());
        query.conditions = u"lastUpdated > 5"_s;
        QCOMPARE(query.validate(ApiPaths::tickets()).kind(), ApiError::Kind::InvalidQuery);
    }

    void sameIdsInPathsDoNotMatter()
    {
        QCOMPARE(FieldCatalog::find(ApiPaths::notes(1)), FieldCatalog::find(ApiPaths::notes(999)));
        QCOMPARE(QString::fromLatin1(FieldCatalog::find(u"/Service/Tickets/5/Notes"_s)->schema),
                 u"ServiceNote"_s);
        QCOMPARE(FieldCatalog::find(u"/service/SLAs"_s), FieldCatalog::find(ApiPaths::slas()));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestFieldCatalog)
#include "test_fieldcatalog.moc"
