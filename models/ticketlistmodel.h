// The tickets of one service board as a table (#, Summary, Status, Company, Priority, Owner,
// Updated), fetched sparsely (`fields=`) a page at a time; rows appear as pages arrive.
#pragma once

#include "fetchstate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace cw {

class ListJob;
class ManageClient;

class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        SummaryColumn,
        StatusColumn,
        CompanyColumn,
        PriorityColumn,
        OwnerColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts naturally: numbers, dates, priority order
    };

    explicit TicketListModel(ManageClient *client, QObject *parent = nullptr);
    ~TicketListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Clears the rows and loads the tickets of `boardId` (0: none).
    void setBoard(int boardId);
    int boardId() const { return m_boardId; }
    void reload();

    FetchState fetchState() const { return m_state; }
    QString errorText() const { return m_errorText; }
    int ticketId(int row) const;

    // The fields a row needs; the listing asks for these only.
    static QStringList fields();
    static constexpr int PageSize = 1000;

Q_SIGNALS:
    void fetchStateChanged(cw::FetchState state);

private:
    struct Row
    {
        int id = 0;
        QString summary;
        QString status;
        QString company;
        QString priority;
        int prioritySort = 0;
        QString owner;
        QDateTime updated;
    };
    void appendPage(const QList<QByteArray> &records);
    void setFetchState(FetchState state, const QString &errorText = {});

    ManageClient *m_client;
    QPointer<ListJob> m_job;
    QList<Row> m_tickets;
    int m_boardId = 0;
    FetchState m_state = FetchState::Idle;
    QString m_errorText;
};

} // namespace cw
