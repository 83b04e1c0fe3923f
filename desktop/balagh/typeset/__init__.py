"""balagh.typeset"""
