// Full-text search of the cache: finds tickets by summary, notes by text and articles by issue,
// follows updates and deletes (the index never returns what the tables no longer hold), ranks
// title matches first, and takes any user text without an FTS syntax error.
#include "storetestsupport.h"

#include "store/cache.h"
#include "store/ftsquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QByteArray ticket(int id, const QString &summary)
{
    return u"{\"id\":%1,\"summary\":\"%2\",\"board\":{\"id\":1}}"_s.arg(id).arg(summary).toUtf8();
}

QByteArray note(int id, int ticketId, const QString &text)
{
    return u"{\"id\":%1,\"ticketId\":%2,\"text\":\"%3\",\"detailDescriptionFlag\":true}"_s.arg(id)
        .arg(ticketId)
        .arg(text)
        .toUtf8();
}

QByteArray article(int id, const QString &title, const QString &issue, const QString &resolution)
{
    return u"{\"id\":%1,\"title\":\"%2\",\"issue\":\"%3\",\"resolution\":\"%4\"}"_s.arg(id)
        .arg(title, issue, resolution)
        .toUtf8();
}

QStringList describe(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &hit : hits)
        list.append(u"%1:%2"_s.arg(int(hit.kind)).arg(hit.id));
    return list;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"cache.sqlite"_s);
        m_cache.reset(new Cache(m_path));
        QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->lastError()));
        QVERIFY(m_cache->upsertTickets({ticket(1, u"Printer jams on the third floor"_s),
                                        ticket(2, u"Outlook keeps asking for a password"_s),
                                        ticket(3, u"New laptop for Zoë"_s)}));
        QVERIFY(m_cache->upsertNotes(
            2, {note(10, 2, u"Reset the credential manager; the scanner was fine."_s)}));
        QVERIFY(m_cache->upsert(
            RecordKind::KbArticle,
            {article(5, u"Mail client setup"_s, u"Users see repeated password prompts"_s,
                     u"Clear cached credentials"_s)}));
    }

    void cleanup()
    {
        if (m_cache && m_cache->isOpen()) {
            // The index agrees with its own content after whatever the test did.
            RawConnection db(m_path);
            QVERIFY2(db.exec(u"INSERT INTO search (search) VALUES ('integrity-check')"_s),
                     qPrintable(db.lastError()));
        }
        m_cache.reset();
    }

    void findsEachKind()
    {
        QList<SearchHit> hits = m_cache->search(u"printer"_s);
        QCOMPARE(describe(hits), QStringList{u"1:1"_s});
        QCOMPARE(hits.at(0).ticketId, 1);
        QCOMPARE(hits.at(0).title, u"Printer jams on the third floor"_s);
        QCOMPARE(hits.at(0).snippetHtml(), u"<b>Printer</b> jams on the third floor"_s);

        hits = m_cache->search(u"scanner"_s);
        QCOMPARE(describe(hits), QStringList{u"2:10"_s});
        QCOMPARE(hits.at(0).ticketId, 2);
        // A note's title is its ticket's summary.
        QCOMPARE(hits.at(0).title, u"Outlook keeps asking for a password"_s);
        QVERIFY2(
            hits.at(0).snippet.contains(SearchHit::MatchStart + u"scanner"_s + SearchHit::MatchEnd),
            qPrintable(hits.at(0).snippet));

        hits = m_cache->search(u"prompts"_s);
        QCOMPARE(describe(hits), QStringList{u"3:5"_s});
        QCOMPARE(hits.at(0).ticketId, 0);
        QCOMPARE(hits.at(0).title, u"Mail client setup"_s);
        QCOMPARE(hits.at(0).snippetText(), u"Users see repeated password prompts\nClear cached "
                                           "credentials"_s);

        // Stemming, prefixes, case and diacritics.
        QCOMPARE(describe(m_cache->search(u"printers"_s)), QStringList{u"1:1"_s});
        QCOMPARE(describe(m_cache->search(u"outl"_s)), QStringList{u"1:2"_s});
        QCOMPARE(describe(m_cache->search(u"ZOE"_s)), QStringList{u"1:3"_s});
        // All words must match.
        QCOMPARE(describe(m_cache->search(u"printer password"_s)), QStringList());
        QCOMPARE(m_cache->search(u"nothing like this"_s).size(), 0);
    }

    void ranksTitleMatchesFirst()
    {
        const QList<SearchHit> hits = m_cache->search(u"password"_s);
        // The ticket has it in its title, the article in its issue.
        QCOMPARE(describe(hits), (QStringList{u"1:2"_s, u"3:5"_s}));
        QVERIFY(hits.at(0).rank <= hits.at(1).rank);
        QCOMPARE(m_cache->search(u"password"_s, 1).size(), 1);
    }

    void followsUpdatesAndDeletes()
    {
        QVERIFY(m_cache->upsertTickets({ticket(1, u"Toner cartridge empty"_s)}));
        QCOMPARE(describe(m_cache->search(u"printer"_s)), QStringList());
        QCOMPARE(describe(m_cache->search(u"toner"_s)), QStringList{u"1:1"_s});

        QVERIFY(m_cache->upsertNotes(2, {note(10, 2, u"Rebuilt the mail profile"_s)}));
        QCOMPARE(describe(m_cache->search(u"scanner"_s)), QStringList());
        QCOMPARE(describe(m_cache->search(u"profile"_s)), QStringList{u"2:10"_s});

        QVERIFY(m_cache->upsert(
            RecordKind::KbArticle,
            {article(5, u"Mail client setup"_s, u"Profile corrupt"_s, u"Recreate it"_s)}));
        QCOMPARE(describe(m_cache->search(u"prompts"_s)), QStringList());
        QStringList both = describe(m_cache->search(u"profile"_s));
        both.sort();
        QCOMPARE(both, (QStringList{u"2:10"_s, u"3:5"_s}));

        QVERIFY(m_cache->remove(RecordKind::KbArticle, {5}));
        QCOMPARE(describe(m_cache->search(u"profile"_s)), QStringList{u"2:10"_s});
        // Removing a ticket takes its notes out of the index too.
        QVERIFY(m_cache->remove(RecordKind::Ticket, {2}));
        QCOMPARE(describe(m_cache->search(u"profile"_s)), QStringList());
        QCOMPARE(describe(m_cache->search(u"outlook"_s)), QStringList());
        QCOMPARE(m_cache->deleteTicketsNotIn({3}), 1);
        QCOMPARE(describe(m_cache->search(u"toner"_s)), QStringList());
        QCOMPARE(describe(m_cache->search(u"laptop"_s)), QStringList{u"1:3"_s});

        // Written by a ticket created offline: its initial description is searchable.
        QVERIFY(m_cache->upsertTickets(
            {R"({"id":9,"summary":"VPN","initialDescription":"Tunnel drops hourly"})"}));
        QCOMPARE(describe(m_cache->search(u"tunnel"_s)), QStringList{u"1:9"_s});
        QVERIFY(m_cache->upsertTickets({R"({"id":9,"summary":"VPN"})"}));
        QCOMPARE(describe(m_cache->search(u"tunnel"_s)), QStringList());
    }

    void survivesReopen()
    {
        m_cache.reset(new Cache(m_path));
        QVERIFY(m_cache->isOpen());
        QCOMPARE(describe(m_cache->search(u"printer"_s)), QStringList{u"1:1"_s});
    }

    void hostileInputNeverErrors_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : {u"\""_s,
                                    u"\"\""_s,
                                    u"\"printer"_s,
                                    u"printer\""_s,
                                    u"-printer"_s,
                                    u"print-er"_s,
                                    u"*"_s,
                                    u"printer*"_s,
                                    u"*printer"_s,
                                    u"NEAR(printer jams)"_s,
                                    u"NEAR"_s,
                                    u"AND"_s,
                                    u"OR OR"_s,
                                    u"NOT printer"_s,
                                    u"printer AND"_s,
                                    u"title:printer"_s,
                                    u"{title body}: printer"_s,
                                    u"^printer"_s,
                                    u"(printer"_s,
                                    u")"_s,
                                    u"'"_s,
                                    u"'; DROP TABLE tickets; --"_s,
                                    u"\\"_s,
                                    u"\t\n "_s,
                                    u""_s,
                                    u"Zoë ☕ 😀"_s,
                                    u"日本語のテキスト"_s,
                                    u"a\u0000b"_s,
                                    u"\u200b"_s,
                                    QString(5000, u'x'),
                                    u"x "_s.repeated(200),
                                    u"+ - * / : ^ ( ) { } [ ] , ."_s})
            QTest::newRow(qPrintable(text.left(30).toHtmlEscaped())) << text;
    }

    void hostileInputNeverErrors()
    {
        QFETCH(QString, text);
        QString error;
        const QList<SearchHit> hits = m_cache->search(text, 20, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(hits.size() <= 20);
        // Punctuation around a word does not stop it being searched for.
        static const QStringList stillFinds{u"\"printer"_s, u"printer\""_s, u"-printer"_s,
                                            u"printer*"_s,  u"*printer"_s,  u"^printer"_s,
                                            u"(printer"_s};
        if (stillFinds.contains(text))
            QCOMPARE(describe(hits), QStringList{u"1:1"_s});
        QCOMPARE(m_cache->count(RecordKind::Ticket), 3);
    }

    void ftsQueryQuotesEveryWord()
    {
        QCOMPARE(FtsQuery::fromUserText(u"printer"_s), u"\"printer\"*"_s);
        QCOMPARE(FtsQuery::fromUserText(u"printer "_s), u"\"printer\""_s);
        QCOMPARE(FtsQuery::fromUserText(u"  a  NEAR(b) "_s), u"\"a\" \"NEAR(b)\""_s);
        QCOMPARE(FtsQuery::fromUserText(u"say \"hi\""_s), u"\"say\" \"\"\"hi\"\"\"*"_s);
        QCOMPARE(FtsQuery::fromUserText(u"printer -"_s), u"\"printer\""_s);
        QCOMPARE(FtsQuery::fromUserText(u"- * \""_s), QString());
        QCOMPARE(FtsQuery::fromUserText(u"x "_s.repeated(100)).count(u'"'), 2 * FtsQuery::MaxWords);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Cache> m_cache;
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestSearch)
#include "test_search.moc"
