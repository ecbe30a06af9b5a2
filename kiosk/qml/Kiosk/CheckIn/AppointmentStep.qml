import QtQuick

// Whether the patient has an appointment today: the desk sees it, and a patient who has one is
// not told the walk-ins' count of people ahead.
YesNoStep {
    id: step

    key: "appointment"
    question: qsTr("Do you have an appointment today?")
    answer: step.flow.appointment
    onAnswered: (given) => step.flow.answerAppointment(given)
}
