// A picker for one reference field of a ticket (board, status, company, owner, priority …): an
// editable combo box with type-ahead (a QCompleter matching anywhere in the name) over the
// choices the edit model finds in the offline cache, so it works the same offline.
#pragma once

#include <QComboBox>

class QStandardItemModel;

namespace cw {

class TicketEditModel;

class ReferencePicker : public QComboBox
{
    Q_OBJECT
public:
    ReferencePicker(TicketEditModel *model, const QString &field, QWidget *parent = nullptr);

    QString field() const { return m_field; }
    // Reads the choices again (after the board or company changed) and shows the value.
    void refill();
    // Shows the model's current value.
    void showValue();
    // Chooses the record named `text` (exactly, else the only one containing it), as typing
    // and picking from the completer does; false when no single record matches.
    bool choose(const QString &text);
    int currentId() const;

    void showPopup() override;

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void commitText();
    int rowOfId(int id) const;

    TicketEditModel *m_model;
    QString m_field;
    QStandardItemModel *m_items;
    bool m_filling = false;
};

} // namespace cw
