// Knowledge-base search results as a list model: online through the API (title, issue and
// resolution contain every word), offline through the cache's full-text index; each row has a
// snippet with the matches marked. Also the articles suggested for a ticket (any word of its
// summary, from the index). Follows the cache, so an article edited or deleted shows at once.
#pragma once

#include "itemroles.h"

#include "api/listjob.h"
#include "store/recordkind.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

namespace cw {

class CacheReader;
class Desk;

class KbSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SnippetHtmlRole = UserRoleEnd, // QString: escaped text, the matches in <b>…</b>
        TitleRole,                     // QString
    };
    enum class Source { None, Online, Offline };

    explicit KbSearchModel(Desk *desk, QObject *parent = nullptr);
    ~KbSearchModel() override;

    // Online when the desk is online, else from the cache. Empty text clears the results.
    void search(const QString &text);
    void searchOffline(const QString &text);
    void searchOnline(const QString &text);
    // Articles that share words with `text` (a ticket's summary), from the cache: read on the
    // reader's thread when there is one (the answer arrives later, with searched()), else at once.
    void suggest(const QString &text, int limit = 10);
    // The worker thread suggestions are read on (null: the GUI thread).
    void setReader(CacheReader *reader);
    bool isSuggesting() const { return m_suggestRequest != 0; }
    QString text() const { return m_text; }
    Source source() const { return m_source; }
    bool isSearching() const { return m_job != nullptr || m_suggestRequest != 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int idAt(int row) const;
    int rowOfId(int id) const;

    // `text` HTML-escaped with every occurrence of `words` (case-insensitive) in <b>…</b>.
    static QString highlightHtml(const QString &text, const QStringList &words);
    // The words of what the user typed (letters and digits), for highlighting.
    static QStringList wordsOf(const QString &text);
    // A conditions-language string literal of `text`.
    static QString quoted(const QString &text);
    // The conditions of an online search for `text` (every word in the title, issue or
    // resolution); empty when it has no word.
    static QString conditionsFor(const QString &text);

Q_SIGNALS:
    // The results are in (also after an empty search).
    void searched();
    void searchFailed(const QString &message);

private:
    struct Row
    {
        int id = 0;
        QString title;
        QString snippetHtml;
    };
    void setRows(QList<Row> rows, Source source);
    void cancel();
    void recordsRemoved(RecordKind kind, const QList<int> &ids);

    Desk *m_desk;
    QList<Row> m_rows;
    QString m_text;
    Source m_source = Source::None;
    QPointer<ListJob> m_job;
    QPointer<CacheReader> m_reader;
    int m_suggestRequest = 0; // pending on m_reader
};

} // namespace cw
