// The service boards of the site as a flat list (name for display, id in IdRole), loaded through
// ManageClient. Later replaced by a cache-backed tree; the roles stay.
#pragma once

#include "api/board.h"
#include "fetchstate.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace cw {

class ListJob;
class ManageClient;

class BoardListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        InactiveRole,
    };

    explicit BoardListModel(ManageClient *client, QObject *parent = nullptr);
    ~BoardListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Asks the server for the boards again; rows are replaced when the answer is complete.
    void reload();

    FetchState fetchState() const { return m_state; }
    QString errorText() const { return m_errorText; }
    int boardId(int row) const;
    QString boardName(int row) const;
    // The row of board `id`, or -1.
    int rowOf(int id) const;

Q_SIGNALS:
    void fetchStateChanged(cw::FetchState state);

private:
    void setFetchState(FetchState state, const QString &errorText = {});

    ManageClient *m_client;
    QPointer<ListJob> m_job;
    QList<Board> m_boards;
    FetchState m_state = FetchState::Idle;
    QString m_errorText;
};

} // namespace cw
