// One kind of the site's settings as a table for the admin views: boards, a board's statuses,
// types, subtypes or teams, priorities (with their colour), SLAs, sources, service locations or
// callbacks; read from the server (from the offline cache when it cannot be reached), changed
// online through the desk, with the columns and the editable fields of each kind.
#pragma once

#include "itemroles.h"

#include "api/fetchalljob.h"
#include "desk/adminkind.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace cw {

class Desk;
class DeskChange;
class DeskError;

class AdminListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RecordRole = UserRoleEnd, // QJsonObject: the record as the server sent it
    };
    enum class Source { None, Server, Cache };

    // What the record form shows for one field of the kind.
    struct Field
    {
        enum class Type { Text, Integer, Number, Flag, Choice, Reference };
        Field(QString key_ = {}, QString label_ = {}, Type type_ = Type::Text,
              bool required_ = false, int maxLength_ = 0, QStringList choices_ = {})
            : key(std::move(key_))
            , label(std::move(label_))
            , type(type_)
            , required(required_)
            , maxLength(maxLength_)
            , choices(std::move(choices_))
        {
        }
        QString key;   // the JSON field ("name", "closedStatus", "teamLeader")
        QString label; // translated, with the & of its shortcut ("&Name:")
        Type type = Type::Text;
        bool required = false;
        int maxLength = 0;   // Text: the server's limit; 0 none
        QStringList choices; // Choice: the values as the server spells them
    };
    // A choice of a Reference field: its name and the reference sent ({"id": N, "name": …}).
    using ReferenceChoice = QPair<QString, QJsonObject>;

    AdminListModel(Desk *desk, AdminKind kind, QObject *parent = nullptr);
    ~AdminListModel() override;

    AdminKind kind() const { return m_kind; }
    Desk *desk() const { return m_desk; }
    // The board whose statuses, types, subtypes or teams are shown (board children only); 0
    // shows nothing. Reloads.
    void setBoardId(int boardId);
    int boardId() const { return m_boardId; }

    // The kind's name for people, plural ("Boards", "Statuses" …) and one record ("board").
    static QString title(AdminKind kind);
    static QString singular(AdminKind kind);
    // The fields the record form edits, in order.
    QList<Field> fields() const;
    // The choices of a Reference field (board location and department: those the boards use;
    // team leader: the members in the offline cache).
    QList<ReferenceChoice> referenceChoices(const QString &key) const;
    // A new record's starting values (first choices, the usual flags).
    QJsonObject newRecord() const;

    // Reads the list again: from the server, or from the cache when the server cannot be
    // reached (callbacks only from the server). Ends with loaded() or loadFailed().
    void reload();
    bool isLoading() const { return m_job != nullptr; }
    Source source() const { return m_source; }
    // One line on where the rows come from and how many there are (translated).
    QString statusText() const;

    // Whether the desk can change settings now; `why` explains when not.
    bool canChange(QString *why = nullptr) const;
    // Online only, through the desk; each ends with changed() or changeFailed(). False (and
    // changeFailed() at once) when it cannot start.
    bool create(const QJsonObject &record);
    bool edit(int id, const QJsonObject &edited);
    bool remove(int id);
    // A change is on its way.
    bool isBusy() const { return m_busy > 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QJsonObject record(int row) const;
    QJsonObject recordOfId(int id) const;
    int idAt(int row) const;
    int rowOfId(int id) const;

    // What the user reads for a failed change: the server's own message when it answered.
    static QString messageOf(const DeskError &error);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    // Created (the new record's id), edited or deleted on the server; the rows follow.
    void changed(int id);
    void changeFailed(const QString &message);
    void busyChanged(bool busy);

private:
    struct Column
    {
        Column(QString key_, QString header_, bool flag_ = false, bool number_ = false)
            : key(std::move(key_))
            , header(std::move(header_))
            , flag(flag_)
            , number(number_)
        {
        }
        QString key; // a field, or "field/name" inside a reference
        QString header;
        bool flag = false;
        bool number = false;
    };
    QList<Column> columns() const;
    void setRows(QList<QJsonObject> rows, Source source, const QString &status);
    void loadFromCache(const QString &why);
    void cancel();
    bool start(DeskChange *change, int id, bool removing);
    void placeRecord(const QJsonObject &record);
    static QVariant valueAt(const QJsonObject &record, const QString &key);

    Desk *m_desk;
    AdminKind m_kind;
    int m_boardId = 0;
    QList<QJsonObject> m_rows;
    QList<Column> m_columns;
    QPointer<FetchAllJob> m_job;
    Source m_source = Source::None;
    QString m_statusText; // Source::None: the whole line; Cache: why the cache is read
    int m_busy = 0;
};

} // namespace cw
