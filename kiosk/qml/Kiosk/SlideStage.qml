import QtQuick
import Kiosk.Backend

// Shows the slideshow's current slide. Two slide views take turns: the next slide is laid out and its
// pictures loaded in the hidden view, and only then does it fade or slide in over the one on screen,
// so no empty or half-drawn frame is ever shown. A horizontal swipe moves by hand.
Item {
    id: stage

    required property Slideshow slideshow
    property bool instant: false
    property SlideView front: viewA
    property SlideView back: viewB
    property bool pending: false
    readonly property bool settled: !pending && !fade.running && !push.running && front.ready
    readonly property real swipeThreshold: width * 0.08
    readonly property string frontName: front.objectName

    clip: true

    SlideView {
        id: viewA
        objectName: "slideViewA"
        width: stage.width
        height: stage.height
    }

    SlideView {
        id: viewB
        objectName: "slideViewB"
        width: stage.width
        height: stage.height
        visible: false
    }

    Component.onCompleted: {
        front.content = slideshow.current;
    }

    Connections {
        target: stage.slideshow
        function onCurrentChanged() {
            stage.prepare();
        }
    }

    Connections {
        target: stage.back
        function onReadyChanged() {
            if (stage.pending && stage.back.ready)
                stage.begin();
        }
    }

    Timer {
        id: readyWait
        // A picture that takes longer than this to load is not worth holding the rotation for.
        interval: 1500
        onTriggered: if (stage.pending) stage.begin()
    }

    function prepare() {
        finish();
        back.x = 0;
        back.opacity = 1;
        back.content = slideshow.current;
        pending = true;
        if (back.ready)
            begin();
        else
            readyWait.start();
    }

    function begin() {
        pending = false;
        readyWait.stop();
        back.z = 1;
        front.z = 0;
        if (instant) {
            back.visible = true;
            swap();
        } else if (slideshow.transition === "slide") {
            back.x = slideshow.direction >= 0 ? width : -width;
            back.visible = true;
            push.start();
        } else {
            back.opacity = 0;
            back.visible = true;
            fade.start();
        }
    }

    function finish() {
        if (fade.running || push.running) {
            fade.stop();
            push.stop();
            back.x = 0;
            back.opacity = 1;
            swap();
        }
    }

    function swap() {
        const shown = back;
        back = front;
        front = shown;
        back.visible = false;
        back.x = 0;
        back.opacity = 1;
        front.x = 0;
        front.opacity = 1;
    }

    NumberAnimation {
        id: fade
        target: stage.back
        property: "opacity"
        from: 0
        to: 1
        duration: Theme.transitionMs
        easing.type: Easing.InOutQuad
        onFinished: stage.swap()
    }

    ParallelAnimation {
        id: push
        NumberAnimation {
            target: stage.back
            property: "x"
            to: 0
            duration: Theme.transitionMs
            easing.type: Easing.OutCubic
        }
        NumberAnimation {
            target: stage.front
            property: "x"
            to: stage.slideshow.direction >= 0 ? -stage.width : stage.width
            duration: Theme.transitionMs
            easing.type: Easing.OutCubic
        }
        onFinished: stage.swap()
    }

    MouseArea {
        id: swipeArea
        objectName: "swipeArea"
        anchors.fill: parent
        property real startX: 0
        z: 10
        onPressed: mouse => startX = mouse.x
        onReleased: mouse => {
            const moved = mouse.x - startX;
            if (moved <= -stage.swipeThreshold)
                stage.slideshow.swipedNext();
            else if (moved >= stage.swipeThreshold)
                stage.slideshow.swipedPrevious();
        }
    }
}
