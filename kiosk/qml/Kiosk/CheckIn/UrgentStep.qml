import QtQuick

// Step 4: the one question that makes a visit urgent, on a screen of its own so it is not missed.
YesNoStep {
    id: step

    key: "urgent"
    question: qsTr("Do you have an open wound, spreading redness, fever or sudden swelling?")
    answer: step.flow.urgent
    onAnswered: (given) => step.flow.answerUrgent(given)
}
