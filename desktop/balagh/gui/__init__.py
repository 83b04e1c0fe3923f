"""balagh.gui"""
